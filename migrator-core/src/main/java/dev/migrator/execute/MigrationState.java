package dev.migrator.execute;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import dev.migrator.Problem;
import dev.migrator.Problem.Kind;
import dev.migrator.history.HistoryFormat;
import dev.migrator.history.HistoryRow;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;
import dev.migrator.source.MigrationSet;

/**
 * The files and the history side by side: what is applied, what is pending, what is wrong.
 * Pure: computed once per operation from one read of the history, in time linear in the
 * number of migrations.
 */
final class MigrationState {

	private final MigrationSet files;

	private final TreeMap<Long, HistoryRow> applied;

	private final HistoryFormat format;

	private MigrationState(MigrationSet files, TreeMap<Long, HistoryRow> applied, HistoryFormat format) {
		this.files = files;
		this.applied = applied;
		this.format = format;
	}

	/**
	 * @param rows the history's rows, a golang-migrate table's as they will be once adopted
	 * (see {@link GolangMigrateAdoption})
	 */
	static MigrationState of(MigrationSet files, List<HistoryRow> rows, HistoryFormat format) {
		TreeMap<Long, HistoryRow> applied = new TreeMap<>();
		for (HistoryRow row : rows) {
			applied.put(row.version(), row);
		}
		return new MigrationState(files, applied, format);
	}

	public MigrationSet files() {
		return this.files;
	}

	public HistoryFormat format() {
		return this.format;
	}

	/** The highest applied version, {@code null} when nothing is applied. */
	public Long currentVersion() {
		return this.applied.isEmpty() ? null : this.applied.lastKey();
	}

	/** Applied rows in ascending version order. */
	public List<HistoryRow> applied() {
		return List.copyOf(this.applied.values());
	}

	public boolean isApplied(long version) {
		return this.applied.containsKey(version);
	}

	public HistoryRow row(long version) {
		return this.applied.get(version);
	}

	public boolean dirty() {
		return dirtyRow() != null;
	}

	/** The unfinished migration's row, {@code null} when the database is clean. */
	public HistoryRow dirtyRow() {
		for (HistoryRow row : this.applied.values()) {
			if (row.dirty()) {
				return row;
			}
		}
		return null;
	}

	/** Files not applied, in ascending version order. */
	public List<Migration> pending() {
		List<Migration> pending = new ArrayList<>();
		for (Migration migration : this.files.migrations()) {
			if (!this.applied.containsKey(migration.version())) {
				pending.add(migration);
			}
		}
		return pending;
	}

	/**
	 * Whether a newer release ran this applied migration: it is above every file in the
	 * locations, so no file has it. An instance of the older release still running (or
	 * restarted, or rolled back to) during a rolling deploy sees such rows; they are not files
	 * gone missing. Marker rows (baseline, force) and a dirty row are not ahead: no release's
	 * file ran to the end. With no file at all nothing is ahead: an empty location is a
	 * mistake, not an old release.
	 */
	public boolean isAhead(HistoryRow row) {
		Long latest = this.files.latestVersion();
		return latest != null && row.version() > latest && row.checksum() != null && !row.dirty();
	}

	/** Pending files below the current version: an error unless out-of-order is allowed. */
	public List<Migration> outOfOrder() {
		Long current = currentVersion();
		if (current == null) {
			return List.of();
		}
		List<Migration> late = new ArrayList<>();
		for (Migration migration : pending()) {
			if (migration.version() < current) {
				late.add(migration);
			}
		}
		return late;
	}

	/** Which applied files to compare with their recorded checksums. */
	public enum FileChecks {

		/** None: validate-on-migrate is off. */
		NONE,

		/** The up files: what a run needs, since only they define the schema it builds on. */
		UP_FILES,

		/** Up and down files: what status and validate report. */
		ALL_FILES

	}

	/**
	 * Everything wrong, dirty state first.
	 * @param aheadAllowed whether migrations a newer release ran (see {@link #isAhead}) are
	 * fine; when not, each is a problem, found with the other applied files
	 */
	public List<Problem> problems(FileChecks fileChecks, boolean outOfOrderAllowed, boolean aheadAllowed) {
		List<Problem> problems = new ArrayList<>();
		HistoryRow dirty = dirtyRow();
		if (dirty != null) {
			problems.add(new Problem(Kind.DIRTY, dirty.version(), DirtyState.describe(dirty, this.files)));
		}
		if (fileChecks != FileChecks.NONE) {
			for (HistoryRow row : this.applied.values()) {
				if (isAhead(row)) {
					if (!aheadAllowed) {
						problems.add(aheadProblem(row));
					}
				}
				else {
					problems.addAll(fileProblems(row, fileChecks == FileChecks.ALL_FILES));
				}
			}
		}
		if (!outOfOrderAllowed) {
			for (Migration migration : outOfOrder()) {
				problems.add(new Problem(Kind.OUT_OF_ORDER, migration.version(), migration.up().location()
						+ " (version " + migration.version() + ") is not applied but the database is already at version "
						+ currentVersion() + ". Give it a version above " + currentVersion()
						+ ", or allow out-of-order migrations (out-of-order=true) to apply it anyway."));
			}
		}
		return Collections.unmodifiableList(problems);
	}

	private List<Problem> fileProblems(HistoryRow row, boolean downFiles) {
		if (row.checksum() == null) {
			return List.of();
		}
		Migration migration = this.files.find(row.version()).orElse(null);
		if (migration == null) {
			return List.of(new Problem(Kind.MISSING_FILE, row.version(), "Migration " + row.version() + " ("
					+ row.description() + ") is applied but its file is missing from the migration locations."
					+ " Restore the file; it is needed to know the schema and to roll it back."));
		}
		List<Problem> problems = new ArrayList<>(2);
		if (!row.checksum().equals(migration.up().checksum())) {
			problems.add(drift(row.version(), migration.up()));
		}
		if (downFiles && row.downChecksum() != null && migration.down() != null
				&& !Objects.equals(row.downChecksum(), migration.down().checksum())) {
			problems.add(drift(row.version(), migration.down()));
		}
		return problems;
	}

	private Problem aheadProblem(HistoryRow row) {
		return new Problem(Kind.AHEAD, row.version(), "Migration " + row.version() + " (" + row.description()
				+ ") was applied by a newer release: it is above every file in the migration locations (the latest"
				+ " here is " + this.files.latestVersion() + "). Run the newer release, or let older releases run"
				+ " alongside it (ignore-ahead=true: the property migrator.ignore-ahead, or the CLI without"
				+ " --no-ignore-ahead).");
	}

	private static Problem drift(long version, MigrationScript script) {
		return new Problem(Kind.CHECKSUM_MISMATCH, version, script.location()
				+ " changed after migration " + version + " was applied. Revert the edit and put the change in a new"
				+ " migration, or, if the edit is intended (a comment, a formatting fix), run repair to record"
				+ " the new checksum.");
	}

	/** Applied versions in descending order, for rolling back. */
	public List<HistoryRow> appliedDescending() {
		return new ArrayList<>(this.applied.descendingMap().values());
	}

	/**
	 * The same state with the dirty row counted as done, for planning past a resumed
	 * migration. Its row takes the checksums of the files as they are now: resuming records
	 * them, and {@link Resumption} has checked what of the file already ran.
	 */
	public MigrationState withoutDirty() {
		TreeMap<Long, HistoryRow> clean = new TreeMap<>(this.applied);
		HistoryRow dirty = dirtyRow();
		Migration migration = (dirty != null) ? this.files.find(dirty.version()).orElse(null) : null;
		if (migration != null) {
			clean.put(dirty.version(), new HistoryRow(dirty.version(), dirty.description(), migration.up().checksum(),
					(migration.down() != null) ? migration.down().checksum() : null, false, dirty.appliedAt(),
					dirty.executionMs(), dirty.appliedBy(), dirty.statementsDone(), dirty.doneChecksum()));
		}
		return new MigrationState(this.files, clean, this.format);
	}

}
