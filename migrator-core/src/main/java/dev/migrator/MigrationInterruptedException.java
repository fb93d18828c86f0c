package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A run stopped because {@link Migrator#cancel} asked it to (Ctrl-C, SIGTERM, an
 * application shutting down): the statement running was cancelled on the server, its
 * transaction rolled back or a non-transactional migration's progress kept, and the lock
 * let go once the session was idle.
 */
public final class MigrationInterruptedException extends MigratorException {

	private final String outcome;

	/**
	 * @param outcome what stopped and the state the database is in, e.g. "migration 5
	 * (add_index, up) rolled back; database clean at 4"
	 */
	public MigrationInterruptedException(String outcome) {
		super("Interrupted: " + outcome);
		this.outcome = outcome;
	}

	/** What stopped and the state the database is in. */
	public String outcome() {
		return this.outcome;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("outcome", this.outcome);
		return details;
	}

}
