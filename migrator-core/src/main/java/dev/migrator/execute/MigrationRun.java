package dev.migrator.execute;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.jdbc.PreferQueryMode;

import dev.migrator.MigrationListener;
import dev.migrator.MigrationStep;
import dev.migrator.source.Direction;
import dev.migrator.sql.SqlScript;
import dev.migrator.sql.SqlStatement;

/**
 * Runs the planned steps of one run in order and tells the listener of each. Consecutive
 * transactional migrations go to the server together, each still in its own transaction
 * (see {@link GroupedRun}); the others, and one that stopped a group,
 * run alone.
 */
final class MigrationRun {

	/**
	 * At most this many statements travel together: below the ~256 after which the
	 * PostgreSQL driver forces a Sync into a batch, so a failure makes the server skip
	 * everything after it in the group.
	 */
	private static final int MAX_STATEMENTS_TOGETHER = 200;

	/** Bounds the text held for one round trip. */
	private static final int MAX_CHARACTERS_TOGETHER = 1 << 20;

	/** The statements each migration adds to a group: BEGIN, its history row, its log entry, COMMIT. */
	private static final int BOOKKEEPING_STATEMENTS = 4;

	private final MigrationExecutor executor;

	private final MigrationListener listener;

	private final List<PlannedStep> steps;

	private final List<SqlScript> scripts;

	private final Cancellation cancellation;

	private final List<MigrationStep> done;

	private int announced;

	public MigrationRun(MigrationExecutor executor, MigrationListener listener, List<PlannedStep> steps,
			List<SqlScript> scripts, Cancellation cancellation) {
		this.executor = executor;
		this.cancellation = cancellation;
		this.listener = listener;
		this.steps = steps;
		this.scripts = scripts;
		this.done = new ArrayList<>(steps.size());
	}

	/** Runs every step; returns those done. A resumed step runs alone. */
	public List<MigrationStep> run(Connection connection) throws SQLException {
		boolean batchStopsAtFailure = batchStopsAtFailure(connection);
		int next = 0;
		while (next < this.steps.size()) {
			this.cancellation.check("stopped before " + StepBookkeeping.describe(this.steps.get(next).describe()));
			int together = (!batchStopsAtFailure || this.steps.get(next).resumed()) ? 1 : together(next);
			if (together > 1) {
				int committed = runTogether(connection, next, together);
				next += committed;
				if (committed == together) {
					continue;
				}
			}
			runAlone(connection, next);
			next++;
		}
		return this.done;
	}

	/**
	 * Over the extended query protocol the server skips the rest of a batch once a statement
	 * fails. Over the simple protocol ({@code preferQueryMode=simple}, or
	 * {@code extendedForPrepared} for plain statements) each statement is a message of its
	 * own, and the migrations after a failed one would still run: there each runs alone.
	 */
	private static boolean batchStopsAtFailure(Connection connection) throws SQLException {
		PreferQueryMode mode = connection.unwrap(PGConnection.class).getPreferQueryMode();
		return mode == PreferQueryMode.EXTENDED || mode == PreferQueryMode.EXTENDED_CACHE_EVERYTHING;
	}

	/**
	 * How many steps from {@code from} on can travel in one batch: transactional migrations
	 * of one direction whose statements return no rows and stream no COPY data (a batch
	 * carries neither) and that are small enough to be held, within the bounds above.
	 */
	private int together(int from) {
		Direction direction = this.steps.get(from).direction();
		int statements = 0;
		int characters = 0;
		int count = 0;
		for (int i = from; i < this.steps.size() && this.steps.get(i).direction() == direction; i++) {
			SqlScript script = this.scripts.get(i);
			if (script.noTransaction() || script.copyData() || script.streamed()) {
				break;
			}
			statements += script.statements().size() + BOOKKEEPING_STATEMENTS;
			for (SqlStatement statement : script.statements()) {
				if (statement.facts().returnsRows()) {
					return count;
				}
				characters += statement.sql().length();
			}
			if (statements > MAX_STATEMENTS_TOGETHER || characters > MAX_CHARACTERS_TOGETHER) {
				break;
			}
			count++;
		}
		return count;
	}

	private int runTogether(Connection connection, int from, int count) throws SQLException {
		for (int i = from; i < from + count; i++) {
			announce(i);
		}
		long start = System.nanoTime();
		int committed = this.executor.runTogether(connection, this.steps.subList(from, from + count),
				this.scripts.subList(from, from + count));
		// one round trip carried them all: each is credited an equal share of its time
		long shareMs = elapsedMs(start) / count;
		for (int i = from; i < from + committed; i++) {
			MigrationStep step = this.steps.get(i).describe();
			this.listener.afterMigration(i + 1, this.steps.size(), step, shareMs, null);
			this.done.add(step);
		}
		return committed;
	}

	private void runAlone(Connection connection, int index) throws SQLException {
		PlannedStep step = this.steps.get(index);
		MigrationStep described = step.describe();
		announce(index);
		long start = System.nanoTime();
		try {
			this.executor.runAlone(connection, step, this.scripts.get(index));
		}
		catch (RuntimeException ex) {
			this.listener.afterMigration(index + 1, this.steps.size(), described, elapsedMs(start), ex);
			throw ex;
		}
		this.listener.afterMigration(index + 1, this.steps.size(), described, elapsedMs(start), null);
		this.done.add(described);
	}

	/** Tells the listener a step is about to start: once, even when a stopped group runs it again alone. */
	private void announce(int index) {
		if (index >= this.announced) {
			this.listener.beforeMigration(index + 1, this.steps.size(), this.steps.get(index).describe());
			this.announced = index + 1;
		}
	}

	private static long elapsedMs(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

}
