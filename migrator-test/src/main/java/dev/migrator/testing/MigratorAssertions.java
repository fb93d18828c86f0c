package dev.migrator.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import dev.migrator.MigratorConfig;
import dev.migrator.diff.DdlPair;
import dev.migrator.diff.DiffOptions;
import dev.migrator.diff.DiffReport;
import dev.migrator.diff.MigrationDiff;
import dev.migrator.hibernate.EntitySchema;
import dev.migrator.verify.ScratchDatabase;

/**
 * One line for a project's own test suite: its JPA entities want the schema its migrations
 * give. The migrations are replayed on one empty database, the application's own Spring Boot
 * context lets Hibernate create the entities' schema on another, and both are read from
 * pg_catalog and compared, as {@code migrator diff} compares them.
 *
 * <pre>
 * &#64;Test
 * void entitiesMatchMigrations() {
 *     MigratorAssertions.assertEntitiesMatchMigrations();
 * }
 * </pre>
 */
public final class MigratorAssertions {

	private MigratorAssertions() {
	}

	/**
	 * Compares the entities of the one {@code @SpringBootApplication} among the classpath's
	 * class directories with the migrations at {@code classpath:db/migrations}, on an embedded
	 * PostgreSQL.
	 */
	public static void assertEntitiesMatchMigrations() {
		String name = EntitySchema.findApplicationClass(classDirectories());
		try {
			assertEntitiesMatchMigrations(Class.forName(name, false, MigratorAssertions.class.getClassLoader()));
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("Could not load the application class " + name, ex);
		}
	}

	/**
	 * Compares the entities of {@code application} with the migrations at {@code locations}
	 * ({@code classpath:db/migrations} when none are given), on an embedded PostgreSQL.
	 */
	public static void assertEntitiesMatchMigrations(Class<?> application, String... locations) {
		try (ScratchDatabase scratch = ScratchDatabase.embedded()) {
			assertEntitiesMatchMigrations(scratch, application, locations);
		}
		catch (AssertionError | RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not stop the scratch database", ex);
		}
	}

	/**
	 * Compares the entities of {@code application} with the migrations at {@code locations}
	 * ({@code classpath:db/migrations} when none are given), on {@code scratch} and another
	 * database created next to it (a server's, {@link ScratchDatabase#on}).
	 */
	public static void assertEntitiesMatchMigrations(ScratchDatabase scratch, Class<?> application,
			String... locations) {
		DiffReport report = compare(scratch, application, locations);
		if (!report.upToDate()) {
			throw new AssertionError(describe(application, report));
		}
	}

	private static DiffReport compare(ScratchDatabase scratch, Class<?> application, String... locations) {
		MigratorConfig config = MigratorConfig.builder()
			.dataSource(scratch.dataSource())
			.locations((locations.length > 0) ? Arrays.asList(locations) : MigratorConfig.DEFAULT_LOCATIONS)
			.classLoader(application.getClassLoader())
			.build();
		try (ScratchDatabase entities = scratch.another()) {
			return new MigrationDiff(config, entities.dataSource(), DiffOptions.SAFE)
				.compare(EntitySchema.of(application));
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not drop the entities' scratch database", ex);
		}
	}

	private static String describe(Class<?> application, DiffReport report) {
		String differences = report.differences().stream().map((line) -> "  " + line).collect(Collectors.joining("\n"));
		String plan = report.plan().pairs().stream().map(DdlPair::up).collect(Collectors.joining("\n"));
		return "The entities of " + application.getSimpleName() + " do not match the migrations ("
				+ report.differences().size() + " differences; \"desired\" is what the entities want):\n" + differences
				+ "\nWrite the migration with ./mvnw migrator:diff -Dname=describe_the_change"
				+ (plan.isBlank() ? "" : ", which plans:\n" + plan);
	}

	private static List<Path> classDirectories() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.map(Path::of)
			.filter(Files::isDirectory)
			.toList();
	}

}
