package dev.migrator.execute;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrator.Migrator;

/**
 * The engine's logger, created on first use: a run with nothing to do logs nothing, so a
 * short-lived process (a CLI call, a job) does not pay for starting the logging backend.
 * It carries the facade's name, the one users configure.
 */
final class EngineLog {

	static final Logger logger = LoggerFactory.getLogger(Migrator.class);

	private EngineLog() {
	}

}
