package dev.migrator.sample;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Reads the notes while the context starts: it can only do so because the starter migrated
 * the database before any database user was created.
 */
@Component
public class StartupReport implements InitializingBean {

	private static final Log logger = LogFactory.getLog(StartupReport.class);

	private final NoteRepository notes;

	private long notesAtStartup;

	StartupReport(NoteRepository notes) {
		this.notes = notes;
	}

	@Override
	public void afterPropertiesSet() {
		this.notesAtStartup = this.notes.count();
		logger.info("Found " + this.notesAtStartup + " notes at startup");
	}

	public long notesAtStartup() {
		return this.notesAtStartup;
	}

}
