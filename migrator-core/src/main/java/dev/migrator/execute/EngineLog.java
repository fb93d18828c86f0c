package dev.migrator.execute;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrator.Migrator;
import dev.migrator.lock.AdvisoryLock;

/**
 * The engine's loggers, created on first use: a run with nothing to do logs nothing, so a
 * short-lived process (a CLI call, a job) does not pay for starting the logging backend.
 * The run's lines carry the facade's name, the one users configure; waiting for the lock
 * has a logger of its own: a front end that reports runs itself (the CLI) turns the run's
 * lines off and keeps those.
 */
final class EngineLog {

	static final Logger logger = LoggerFactory.getLogger(Migrator.class);

	static final Logger lock = LoggerFactory.getLogger(AdvisoryLock.class);

	private EngineLog() {
	}

}
