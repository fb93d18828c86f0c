package dev.migrator;

import java.util.Locale;

import dev.migrator.source.Direction;

/**
 * One migration run in one direction.
 *
 * @param version the migration's version
 * @param description its description
 * @param direction up or down
 * @param script where the file that runs is, for messages
 */
public record MigrationStep(long version, String description, Direction direction, String script) {

	@Override
	public String toString() {
		return this.version + " " + this.description + " (" + this.direction.name().toLowerCase(Locale.ROOT) + ")";
	}

}
