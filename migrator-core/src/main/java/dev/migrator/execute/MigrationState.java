package dev.migrator.execute;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

import dev.migrator.history.HistoryRow;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;
import dev.migrator.source.MigrationSet;

/**
 * The files and the history side by side, as facts: what is applied, what is pending, what
 * differs. Computed once per operation from one read of the history, in time linear in the
 * number of migrations; {@link StateProblems} words what is wrong.
 */
final class MigrationState {

	private final MigrationSet files;

	private final TreeMap<Long, HistoryRow> applied;

	private MigrationState(MigrationSet files, TreeMap<Long, HistoryRow> applied) {
		this.files = files;
		this.applied = applied;
	}

	/**
	 * @param rows the history's rows, a golang-migrate table's as they will be once adopted
	 * (see {@link GolangMigrateAdoption#rows})
	 */
	static MigrationState of(MigrationSet files, List<HistoryRow> rows) {
		TreeMap<Long, HistoryRow> applied = new TreeMap<>();
		for (HistoryRow row : rows) {
			applied.put(row.version(), row);
		}
		return new MigrationState(files, applied);
	}

	public MigrationSet files() {
		return this.files;
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

	/**
	 * Whether an applied migration's file is gone: its row records a file that ran (it is
	 * not a marker row of baseline or force), and no file has its version.
	 */
	public boolean fileMissing(HistoryRow row) {
		return row.checksum() != null && this.files.find(row.version()).isEmpty();
	}

	/**
	 * The files of an applied migration that changed since it ran: its up file, and, when
	 * {@code downFiles}, its down file if one was recorded. None for a marker row or a
	 * missing file.
	 */
	public List<MigrationScript> changedFiles(HistoryRow row, boolean downFiles) {
		Migration migration = this.files.find(row.version()).orElse(null);
		if (row.checksum() == null || migration == null) {
			return List.of();
		}
		List<MigrationScript> changed = new ArrayList<>(2);
		if (!row.checksum().equals(migration.up().checksum())) {
			changed.add(migration.up());
		}
		if (downFiles && row.downChecksum() != null && migration.down() != null
				&& !Objects.equals(row.downChecksum(), migration.down().checksum())) {
			changed.add(migration.down());
		}
		return changed;
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
		return new MigrationState(this.files, clean);
	}

}
