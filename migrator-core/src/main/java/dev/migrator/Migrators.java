package dev.migrator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.migrator.execute.SetDiscovery;

/**
 * Several migration sets in one database, each run by its own {@link Migrator} over its
 * own history table: the application's set {@code app} (the configured table, by default
 * {@code schema_migrations}), then the others in their order: those {@code before} the
 * application's first, those {@code after} it last, each group in the order declared.
 */
public final class Migrators {

	private final Map<String, Migrator> migrators;

	private Migrators(Map<String, Migrator> migrators) {
		this.migrators = migrators;
	}

	/** The application's set and the sets the libraries on its class loader ship. */
	public static Migrators discover(MigratorConfig app) {
		return discover(app, List.of());
	}

	/** The application's set, the sets the libraries on its class loader ship, then the given ones. */
	public static Migrators discover(MigratorConfig app, List<SetDefinition> more) {
		List<SetDefinition> sets = new ArrayList<>(librarySets(app.classLoader()));
		sets.addAll(more);
		return of(app, sets);
	}

	/**
	 * The sets the libraries on the class loader ship, in the order found, for callers that
	 * change or leave out some of them before {@link #of}.
	 * @throws MigrationSourceException when a set is declared twice or its descriptor is not understood
	 */
	public static List<SetDefinition> librarySets(ClassLoader classLoader) {
		return SetDiscovery.discover(classLoader);
	}

	/**
	 * The application's set and the given ones; each set takes the application's connection
	 * and options, with its own locations and table, and the listener's
	 * {@link MigrationListener#forSet copy for the set}.
	 * @throws IllegalArgumentException when two sets have the same name or table
	 */
	public static Migrators of(MigratorConfig app, List<SetDefinition> sets) {
		Map<String, Migrator> migrators = new LinkedHashMap<>();
		Map<String, String> tables = new LinkedHashMap<>();
		tables.put(app.table(), SetDefinition.APP);
		for (SetDefinition set : ordered(sets, SetDefinition.Order.BEFORE)) {
			add(migrators, tables, set.name(), set.table(), config(app, set));
		}
		add(migrators, tables, SetDefinition.APP, app.table(),
				app.toBuilder().listener(app.listener().forSet(SetDefinition.APP)).build());
		for (SetDefinition set : ordered(sets, SetDefinition.Order.AFTER)) {
			add(migrators, tables, set.name(), set.table(), config(app, set));
		}
		return new Migrators(migrators);
	}

	private static MigratorConfig config(MigratorConfig app, SetDefinition set) {
		return app.toBuilder()
			.locations(set.locations())
			.table(set.table())
			.listener(app.listener().forSet(set.name()))
			.build();
	}

	private static List<SetDefinition> ordered(List<SetDefinition> sets, SetDefinition.Order order) {
		return sets.stream().filter((set) -> set.order() == order).toList();
	}

	private static void add(Map<String, Migrator> migrators, Map<String, String> tables, String name, String table,
			MigratorConfig config) {
		if (migrators.containsKey(name)) {
			throw new IllegalArgumentException("Migration set '" + name + "' is defined twice");
		}
		String owner = tables.putIfAbsent(table, name);
		if (owner != null && !owner.equals(name)) {
			throw new IllegalArgumentException("Migration sets '" + owner + "' and '" + name
					+ "' would share the history table " + table + "; give one its own table");
		}
		migrators.put(name, new Migrator(config));
	}

	/** The sets' names in the order they run. */
	public List<String> names() {
		return List.copyOf(this.migrators.keySet());
	}

	/**
	 * The migrator of one set, for the operations that concern one set ({@code down},
	 * {@code goto}, {@code force}, {@code baseline}, {@code repair}).
	 * @throws IllegalArgumentException when there is no such set
	 */
	public Migrator migrator(String name) {
		Migrator migrator = this.migrators.get(name);
		if (migrator == null) {
			throw new IllegalArgumentException("No migration set '" + name + "'; the sets are " + names());
		}
		return migrator;
	}

	public Collection<Migrator> migrators() {
		return List.copyOf(this.migrators.values());
	}

	/** Migrates every set in order; see {@link #run(Operation)}. */
	public Map<String, MigrationResult> migrate() {
		return run(Operation.migrate());
	}

	/**
	 * Runs the operation on every set in order, each under its own lock, and stops at the
	 * first set that fails: the sets before it stay done.
	 * @throws SetFailedException naming the set that failed, with its error as the cause
	 */
	public Map<String, MigrationResult> run(Operation operation) {
		return eachSet((migrator) -> migrator.run(operation));
	}

	/** Every set's status, in order. */
	public Map<String, MigrationStatus> status() {
		return eachSet(Migrator::status);
	}

	/** Every set's problems, in order; see {@link Migrator#validate()}. */
	public Map<String, List<Problem>> validate() {
		return eachSet(Migrator::validate);
	}

	/** Stops the runs of every set; see {@link Migrator#cancel(Duration)}. */
	public boolean cancel(Duration wait) {
		List<Boolean> ended = new ArrayList<>();
		this.migrators.values().forEach((migrator) -> ended.add(migrator.cancel(wait)));
		return !ended.contains(false);
	}

	private <T> Map<String, T> eachSet(Function<Migrator, T> action) {
		Map<String, T> results = new LinkedHashMap<>();
		this.migrators.forEach((name, migrator) -> {
			try {
				results.put(name, action.apply(migrator));
			}
			catch (MigratorException ex) {
				throw new SetFailedException(name, ex);
			}
		});
		return results;
	}

}
