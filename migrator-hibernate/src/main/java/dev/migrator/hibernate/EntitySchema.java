package dev.migrator.hibernate;

import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import dev.migrator.diff.DesiredSchema;

/**
 * The schema an application's JPA entities want, built the way the application builds it:
 * its own Spring Boot context (its naming strategies, converters and {@code spring.jpa.*}) is
 * started on an empty database and Hibernate creates the schema there. Nothing maps entities
 * to DDL by hand; the database is then read through the same pg_catalog model as the
 * migrations.
 *
 * <p>While the context starts, the application's configuration runs as usual, with these
 * exceptions: the given database is the primary {@code DataSource} and
 * {@code spring.datasource.url} points at it (so configurations that start a database of
 * their own when it is unset back off); Migrator, Flyway, Liquibase and
 * {@code spring.sql.init} stay off; no web server starts; {@code CommandLineRunner}s and
 * {@code ApplicationRunner}s do not run, as the run is abandoned once the context is up,
 * and the context is then closed. Every other bean is created, so one that reaches outside
 * (a message listener, a scheduled task) does so for that moment.
 */
public final class EntitySchema {

	private EntitySchema() {
	}

	/**
	 * Creates the entities' schema on an empty database. Only JDK types, so that a build
	 * plugin can call it by reflection in a class loader of the application's classpath.
	 * @param emptyDatabase the database to create the schema on
	 * @param applicationClassName the {@code @SpringBootApplication} class, or {@code null}
	 * to find the one class under {@code classesDirectory} annotated so
	 * @param classesDirectory the application's compiled classes; used only to find the class
	 */
	public static void createOn(DataSource emptyDatabase, String applicationClassName, Path classesDirectory) {
		String name = (applicationClassName != null) ? applicationClassName
				: findApplicationClass(List.of(classesDirectory));
		createOn(emptyDatabase, load(name));
	}

	/** Creates the entities' schema of {@code application} on an empty database. */
	public static void createOn(DataSource emptyDatabase, Class<?> application) {
		new SchemaCreatingRun(emptyDatabase).run(application);
	}

	/** The entities' schema of {@code application}, built on the scratch database it is given. */
	public static DesiredSchema of(Class<?> application) {
		return (scratch, excludedTables) -> {
			createOn(scratch, application);
			return DesiredSchema.read(scratch, excludedTables, "the entities' database");
		};
	}

	/**
	 * The one class annotated {@code @SpringBootApplication} in these directories or, when
	 * there is none, the one annotated {@code @SpringBootConfiguration}; read from the class
	 * files, without loading any class.
	 * @throws IllegalStateException when there is none or several, naming them and what to configure
	 */
	public static String findApplicationClass(List<Path> classesDirectories) {
		return ApplicationClass.findIn(classesDirectories);
	}

	/** From this class's loader (a plugin's loader of the application's classpath), else the thread's. */
	private static Class<?> load(String name) {
		try {
			return Class.forName(name, false, EntitySchema.class.getClassLoader());
		}
		catch (ClassNotFoundException ex) {
			ClassLoader context = Thread.currentThread().getContextClassLoader();
			try {
				return Class.forName(name, false, context);
			}
			catch (ClassNotFoundException notThereEither) {
				notThereEither.addSuppressed(ex);
				throw new IllegalArgumentException("The application class " + name + " is not on the classpath",
						notThereEither);
			}
		}
	}

}
