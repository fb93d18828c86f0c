package dev.migrator.source;

/**
 * A version's pair of files.
 *
 * @param version the version
 * @param description the description from the up file's name
 * @param up the up file
 * @param down the down file, {@code null} when the migration is irreversible
 */
public record Migration(long version, String description, MigrationScript up, MigrationScript down) {

	public boolean reversible() {
		return this.down != null;
	}

}
