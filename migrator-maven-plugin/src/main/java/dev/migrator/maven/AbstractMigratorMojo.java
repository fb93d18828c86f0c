package dev.migrator.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import dev.migrator.Durations;
import dev.migrator.MigratorConfig;
import dev.migrator.MigratorException;
import dev.migrator.Migrators;
import dev.migrator.SetDefinition;
import dev.migrator.source.Location;
import dev.migrator.verify.ScratchDatabase;

/**
 * What every goal shares: the settings, each taken from the plugin's configuration or its
 * {@code -Dmigrator.*} property, else from the project's {@code application.properties}
 * ({@code migrator.*}, then {@code spring.datasource.*} for the connection), else the
 * engine's default; and the failures: an operation that fails or finds a problem fails the
 * build ({@link MojoFailureException}, the CLI's exit 1), a setting the plugin cannot use is
 * an error ({@link MojoExecutionException}, the CLI's exit 2).
 */
abstract class AbstractMigratorMojo extends AbstractMojo {

	/** How the plugin's sessions name themselves to the server: the lock's holder and the log say it. */
	static final String APPLICATION_NAME = "migrator-maven-plugin";

	@Parameter(defaultValue = "${project}", readonly = true, required = true)
	MavenProject project;

	/** JDBC URL of the database. */
	@Parameter(property = "migrator.url")
	String url;

	/** Database user. */
	@Parameter(property = "migrator.user")
	String user;

	/** Database password. */
	@Parameter(property = "migrator.password")
	String password;

	/**
	 * Migration folders: {@code classpath:PATH} (the project's resource folders and runtime
	 * class path), {@code filesystem:PATH} or a path, relative to the project's folder
	 * (default: {@code classpath:db/migrations}).
	 */
	@Parameter(property = "migrator.locations")
	List<String> locations;

	/** History table (default: schema_migrations). */
	@Parameter(property = "migrator.table")
	String table;

	/** Schema of the history table (default: the connection's current schema). */
	@Parameter(property = "migrator.schema")
	String schema;

	/**
	 * The migration set to work on (default: every set in order for migrate, status and
	 * validate; the application's set {@code app} for the other goals).
	 */
	@Parameter(property = "migrator.set")
	String set;

	/**
	 * Migration sets with their own history table (schema_migrations_NAME) that run before
	 * the application's, name to location, in their order. Sets that libraries on the class
	 * path ship are found by themselves.
	 */
	@Parameter
	Map<String, String> setLocations = new LinkedHashMap<>();

	/** How long to wait for another migrator: 30s, 2m, PT1M or seconds (default: 60s). */
	@Parameter(property = "migrator.lockTimeout")
	String lockTimeout;

	/** PostgreSQL lock_timeout for migration statements, retried on timeout. */
	@Parameter(property = "migrator.ddlLockTimeout")
	String ddlLockTimeout;

	/** Apply pending migrations below the current version (default: false). */
	@Parameter(property = "migrator.outOfOrder")
	Boolean outOfOrder;

	/** Refuse to run when applied files changed (default: true). */
	@Parameter(property = "migrator.validateOnMigrate")
	Boolean validateOnMigrate;

	/** Run alongside versions a newer release applied, above every file here (default: true). */
	@Parameter(property = "migrator.ignoreAhead")
	Boolean ignoreAhead;

	private ApplicationProperties applicationProperties;

	private URLClassLoader projectClassLoader;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		try {
			run();
		}
		catch (MigratorException ex) {
			throw new MojoFailureException(ex.getMessage(), ex);
		}
		catch (IllegalArgumentException | IllegalStateException | UncheckedIOException ex) {
			// a value the engine refuses, entities that do not build, a desired schema file that cannot be read
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
		finally {
			closeClassLoader();
		}
	}

	abstract void run() throws MojoExecutionException, MojoFailureException;

	/** Writes each line of the text to the build's log, as the CLI writes it to standard output. */
	void print(String text) {
		text.lines().forEach((line) -> getLog().info(line));
	}

	/** The configured URL, or the app's: {@code migrator.url}, else {@code spring.datasource.url}; {@code null} if none. */
	String url() throws MojoExecutionException {
		return first(this.url, "migrator.url", "spring.datasource.url");
	}

	String user() throws MojoExecutionException {
		return first(this.user, "migrator.user", "spring.datasource.username");
	}

	String password() throws MojoExecutionException {
		return first(this.password, "migrator.password", "spring.datasource.password");
	}

	/** A builder connected to the configured database with every other setting applied. */
	MigratorConfig.Builder connected() throws MojoExecutionException {
		String resolvedUrl = url();
		if (resolvedUrl == null) {
			throw new MojoExecutionException("No database given: configure <url> in the plugin, pass"
					+ " -Dmigrator.url=jdbc:postgresql://host:5432/db, or set migrator.url or spring.datasource.url in "
					+ ApplicationProperties.FILE);
		}
		MigratorConfig.Builder builder = MigratorConfig.builder();
		try {
			builder.url(resolvedUrl, user(), password());
		}
		catch (IllegalArgumentException ex) {
			// the URL is not echoed: it may carry a password
			throw new MojoExecutionException("Invalid url (migrator.url or spring.datasource.url): expected"
					+ " jdbc:postgresql://host:5432/db");
		}
		return options(builder);
	}

	/** Applies every setting but the connection. */
	MigratorConfig.Builder options(MigratorConfig.Builder builder) throws MojoExecutionException {
		builder.applicationName(APPLICATION_NAME)
			.classLoader(projectClassLoader())
			.locations(locations())
			.table(setting(this.table, "migrator.table", MigratorConfig.DEFAULT_TABLE))
			.schema(setting(this.schema, "migrator.schema", null))
			.outOfOrder(flag(this.outOfOrder, "migrator.out-of-order", MigratorConfig.DEFAULT_OUT_OF_ORDER))
			.validateOnMigrate(
					flag(this.validateOnMigrate, "migrator.validate-on-migrate", MigratorConfig.DEFAULT_VALIDATE_ON_MIGRATE))
			.ignoreAhead(flag(this.ignoreAhead, "migrator.ignore-ahead", MigratorConfig.DEFAULT_IGNORE_AHEAD));
		String lock = setting(this.lockTimeout, "migrator.lock-timeout", null);
		if (lock != null) {
			builder.lockTimeout(duration("lockTimeout", lock));
		}
		String ddlLock = setting(this.ddlLockTimeout, "migrator.ddl-lock-timeout", null);
		if (ddlLock != null) {
			builder.ddlLockTimeout(duration("ddlLockTimeout", ddlLock));
		}
		return builder;
	}

	private static Duration duration(String setting, String text) throws MojoExecutionException {
		try {
			return Durations.parse(setting, text);
		}
		catch (IllegalArgumentException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
	}

	/**
	 * A throw-away database: a new one on the configured server (dropped afterwards), or on an
	 * embedded PostgreSQL when no URL is configured.
	 */
	ScratchDatabase scratchDatabase() throws MojoExecutionException {
		return ScratchDatabase.onOrEmbedded(url(), user(), password());
	}

	/** Drops the scratch database; a failure to do so is the build's error, not a finding. */
	static void drop(ScratchDatabase scratch) throws MojoExecutionException {
		try {
			scratch.close();
		}
		catch (MigratorException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new MojoExecutionException("Could not drop the scratch database: " + ex.getMessage(), ex);
		}
	}

	/** Builds the config, reporting a value it refuses (an empty table) as a configuration error. */
	static MigratorConfig build(MigratorConfig.Builder builder) throws MojoExecutionException {
		try {
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
	}

	/** The application's set and every other: found on the class path, then those declared in setLocations. */
	Migrators migrators() throws MojoExecutionException {
		MigratorConfig app = build(connected());
		List<SetDefinition> declared = new ArrayList<>();
		try {
			this.setLocations.forEach((name, locations) -> declared.add(new SetDefinition(name,
					List.of(locations.split(",")).stream().map(this::inProject).toList(), null,
					SetDefinition.Order.BEFORE)));
			return Migrators.discover(app, declared);
		}
		catch (IllegalArgumentException ex) {
			throw new MojoExecutionException(ex.getMessage(), ex);
		}
	}

	/**
	 * Refuses a set for a goal that works on the locations alone (lint, verify, create, diff,
	 * check), rather than silently working on the application's files.
	 */
	void refuseOtherSet(String goal) throws MojoExecutionException {
		if (this.set != null && !this.set.equals(SetDefinition.APP)) {
			throw new MojoExecutionException(goal + " works on the locations, not on the set " + this.set
					+ "; give that set's folder in <locations> (or -Dmigrator.locations) instead");
		}
	}

	/**
	 * The locations, each folder path made absolute against the project's folder, so a goal
	 * run from the reactor's root (-pl) finds the same files.
	 */
	List<String> locations() throws MojoExecutionException {
		List<String> given = (this.locations != null && !this.locations.isEmpty()) ? this.locations
				: listSetting("migrator.locations");
		return ((given != null) ? given : MigratorConfig.DEFAULT_LOCATIONS).stream().map(this::inProject).toList();
	}

	/** A folder location made absolute against the project's folder; a class path location as it is. */
	private String inProject(String text) {
		Location location = Location.parse(text);
		return location.classpath() ? location.toString()
				: new Location(false, basedir().resolve(location.path()).toString()).toString();
	}

	/** The folder a new migration is written to: the given one, else the first location's folder in the project. */
	Path directory(File given) throws MojoExecutionException {
		if (given != null) {
			return given.toPath();
		}
		Location location = Location.parse(locations().get(0));
		if (!location.classpath()) {
			return Paths.get(location.path());
		}
		List<Resource> resources = this.project.getResources();
		Path resourceFolder = resources.isEmpty() ? basedir().resolve("src/main/resources")
				: basedir().resolve(resources.get(0).getDirectory());
		return resourceFolder.resolve(location.path());
	}

	Path basedir() {
		return this.project.getBasedir().toPath();
	}

	/**
	 * The project's resource folders in place of its output folder (so the files are current
	 * without process-resources, and not found twice), then its runtime dependencies: where
	 * {@code classpath:} locations and the sets that libraries ship are found.
	 */
	ClassLoader projectClassLoader() throws MojoExecutionException {
		if (this.projectClassLoader == null) {
			List<URL> urls = new ArrayList<>();
			for (Resource resource : this.project.getResources()) {
				urls.add(url(basedir().resolve(resource.getDirectory()).toString()));
			}
			Path output = basedir().resolve(this.project.getBuild().getOutputDirectory());
			for (URL element : runtimeClassPath()) {
				if (!element.equals(url(output.toString()))) {
					urls.add(element);
				}
			}
			this.projectClassLoader = new URLClassLoader("migrator-project", urls.toArray(URL[]::new),
					ClassLoader.getPlatformClassLoader());
		}
		return this.projectClassLoader;
	}

	/** The project's compiled classes and runtime dependencies, as {@code mvn compile} left them. */
	List<URL> runtimeClassPath() throws MojoExecutionException {
		List<URL> urls = new ArrayList<>();
		try {
			for (String element : this.project.getRuntimeClasspathElements()) {
				urls.add(url(element));
			}
		}
		catch (DependencyResolutionRequiredException ex) {
			throw new MojoExecutionException("Could not build the project's class path: " + ex.getMessage(), ex);
		}
		return urls;
	}

	private static URL url(String path) throws MojoExecutionException {
		try {
			return Paths.get(path).toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new MojoExecutionException("Could not use " + path + " on the class path: " + ex.getMessage(), ex);
		}
	}

	/** Lets go of the project's jars; a failure to do so is not the goal's, so it only warns. */
	private void closeClassLoader() {
		if (this.projectClassLoader != null) {
			try {
				this.projectClassLoader.close();
			}
			catch (IOException ex) {
				getLog().warn("Could not close the project's class loader: " + ex.getMessage());
			}
			this.projectClassLoader = null;
		}
	}

	private String first(String configured, String... properties) throws MojoExecutionException {
		if (configured != null && !configured.isBlank()) {
			return configured;
		}
		for (String property : properties) {
			String value = applicationProperties().get(property);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private String setting(String configured, String property, String fallback) throws MojoExecutionException {
		String value = first(configured, property);
		return (value != null) ? value : fallback;
	}

	private boolean flag(Boolean configured, String property, boolean fallback) throws MojoExecutionException {
		if (configured != null) {
			return configured;
		}
		String value = applicationProperties().get(property);
		if (value == null) {
			return fallback;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "true" -> true;
			case "false" -> false;
			default -> throw new MojoExecutionException(property + " in " + ApplicationProperties.FILE
					+ " must be true or false, not '" + value + "'");
		};
	}

	private List<String> listSetting(String property) throws MojoExecutionException {
		String value = applicationProperties().get(property);
		return (value != null) ? List.of(value.split("\\s*,\\s*")) : null;
	}

	private ApplicationProperties applicationProperties() throws MojoExecutionException {
		if (this.applicationProperties == null) {
			this.applicationProperties = ApplicationProperties.of(basedir());
		}
		return this.applicationProperties;
	}

}
