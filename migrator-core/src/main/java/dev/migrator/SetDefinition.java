package dev.migrator;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A migration set besides the application's: its own migration files and its own history
 * table, so its versions, checksums, dirty state, log and lock are its own. Libraries ship
 * one in their jar (see {@link Migrators#discover}); a set whose migrations the
 * application's build on runs {@link Order#BEFORE before} the application's set.
 *
 * @param name lower-case letters, digits and {@code _}; {@code app} is the application's
 * @param locations where its files are, as {@link MigratorConfig#locations()}
 * @param table its history table, by default {@code schema_migrations_<name>}
 * @param order whether it runs before or after the application's set
 */
public record SetDefinition(String name, List<String> locations, String table, Order order) {

	/** The application's own set, whose history is the configured table ({@code schema_migrations}). */
	public static final String APP = "app";

	// the history table's log adds "_log": 18 + 41 + 4 stays within PostgreSQL's 63 characters
	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

	public SetDefinition {
		Objects.requireNonNull(name, "name");
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid migration set name '" + name
					+ "': use lower-case letters, digits and _, starting with a letter, at most 41 characters");
		}
		if (APP.equals(name)) {
			throw new IllegalArgumentException("The migration set name 'app' is the application's own set");
		}
		locations = List.copyOf(locations);
		if (locations.isEmpty()) {
			throw new IllegalArgumentException("Migration set '" + name + "' has no location");
		}
		table = (table == null || table.isBlank()) ? defaultTable(name) : table;
		Objects.requireNonNull(order, "order");
	}

	/** The set's history table when none is given: {@code schema_migrations_<name>}. */
	public static String defaultTable(String name) {
		return MigratorConfig.DEFAULT_TABLE + "_" + name;
	}

	/** When a set runs, relative to the application's set. */
	public enum Order {

		/** Before the application's migrations, which may build on its tables. */
		BEFORE,

		/** After the application's migrations. */
		AFTER

	}

}
