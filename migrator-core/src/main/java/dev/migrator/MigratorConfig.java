package dev.migrator;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Immutable settings of a {@link Migrator}. Every default lives here; the CLI and the
 * Spring Boot properties refer to these constants rather than repeating them.
 */
public final class MigratorConfig {

	public static final List<String> DEFAULT_LOCATIONS = List.of("classpath:db/migrations");

	public static final String DEFAULT_TABLE = "schema_migrations";

	public static final boolean DEFAULT_CREATE_SCHEMA = true;

	public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

	public static final int DEFAULT_DDL_LOCK_RETRIES = 3;

	public static final boolean DEFAULT_VALIDATE_ON_MIGRATE = true;

	public static final boolean DEFAULT_OUT_OF_ORDER = false;

	public static final boolean DEFAULT_IGNORE_AHEAD = true;

	public static final String DEFAULT_APPLICATION_NAME = "migrator";

	private final DataSource dataSource;

	private final List<String> locations;

	private final String table;

	private final String schema;

	private final boolean createSchema;

	private final Duration lockTimeout;

	private final Duration ddlLockTimeout;

	private final int ddlLockRetries;

	private final boolean validateOnMigrate;

	private final boolean outOfOrder;

	private final boolean ignoreAhead;

	private final Long target;

	private final ClassLoader classLoader;

	private final MigrationListener listener;

	private final String applicationName;

	private final boolean nameSessions;

	private volatile String sessionName;

	private MigratorConfig(Builder builder) {
		this.dataSource = Objects.requireNonNull(builder.dataSource, "A data source (or a URL) is required");
		this.locations = List.copyOf(builder.locations);
		if (this.locations.isEmpty()) {
			throw new IllegalArgumentException("At least one migration location is required");
		}
		this.table = requireText(builder.table, "table");
		this.schema = builder.schema;
		this.createSchema = builder.createSchema;
		this.lockTimeout = requirePositive(builder.lockTimeout, "lock-timeout");
		this.ddlLockTimeout = (builder.ddlLockTimeout != null) ? requirePositive(builder.ddlLockTimeout, "ddl-lock-timeout")
				: null;
		if (builder.ddlLockRetries < 0) {
			throw new IllegalArgumentException("ddl-lock-retries must not be negative");
		}
		this.ddlLockRetries = builder.ddlLockRetries;
		this.validateOnMigrate = builder.validateOnMigrate;
		this.outOfOrder = builder.outOfOrder;
		this.ignoreAhead = builder.ignoreAhead;
		this.target = builder.target;
		this.classLoader = (builder.classLoader != null) ? builder.classLoader : MigratorConfig.class.getClassLoader();
		this.listener = (builder.listener != null) ? builder.listener : MigrationListener.NONE;
		this.applicationName = requireText(builder.applicationName, "application-name");
		this.nameSessions = !builder.keepsSessionNames
				&& !(builder.dataSource == builder.urlDataSource && builder.urlNamesSessions);
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * A builder holding every setting of this config, so that a migration set can take the
	 * application's connection and options and change only its locations and table.
	 */
	public Builder toBuilder() {
		Builder builder = new Builder();
		builder.dataSource = this.dataSource;
		builder.locations = this.locations;
		builder.table = this.table;
		builder.schema = this.schema;
		builder.createSchema = this.createSchema;
		builder.lockTimeout = this.lockTimeout;
		builder.ddlLockTimeout = this.ddlLockTimeout;
		builder.ddlLockRetries = this.ddlLockRetries;
		builder.validateOnMigrate = this.validateOnMigrate;
		builder.outOfOrder = this.outOfOrder;
		builder.ignoreAhead = this.ignoreAhead;
		builder.target = this.target;
		builder.classLoader = this.classLoader;
		builder.listener = this.listener;
		builder.applicationName = this.applicationName;
		builder.keepsSessionNames = !this.nameSessions;
		return builder;
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	public List<String> locations() {
		return this.locations;
	}

	public String table() {
		return this.table;
	}

	/** The history table's schema; {@code null} means the connection's current schema. */
	public String schema() {
		return this.schema;
	}

	public boolean createSchema() {
		return this.createSchema;
	}

	public Duration lockTimeout() {
		return this.lockTimeout;
	}

	/** PostgreSQL {@code lock_timeout} for migration statements; {@code null} leaves the server's. */
	public Duration ddlLockTimeout() {
		return this.ddlLockTimeout;
	}

	public int ddlLockRetries() {
		return this.ddlLockRetries;
	}

	public boolean validateOnMigrate() {
		return this.validateOnMigrate;
	}

	public boolean outOfOrder() {
		return this.outOfOrder;
	}

	/**
	 * Whether applied migrations above every file in the locations are fine: a newer release
	 * ran them, and this instance, of an older release, runs alongside it during a rolling
	 * deploy (or after a roll back of the application). When not, they are a problem that
	 * stops every run, as a missing file does.
	 */
	public boolean ignoreAhead() {
		return this.ignoreAhead;
	}

	/** The version {@code migrate} stops at; {@code null} means the latest. */
	public Long target() {
		return this.target;
	}

	public ClassLoader classLoader() {
		return this.classLoader;
	}

	public MigrationListener listener() {
		return this.listener;
	}

	/** Who runs the migrations, as the lock's holder and the log name it, e.g. the service's name. */
	public String applicationName() {
		return this.applicationName;
	}

	/**
	 * The {@code application_name} of Migrator's sessions: the application name with host and
	 * pid, e.g. {@code orders-service (migrator) on host1 pid 4242}. Worked out on first use,
	 * as looking up the host may take a while, and a run with nothing to do never needs it.
	 */
	public String sessionName() {
		String result = this.sessionName;
		if (result == null) {
			result = ApplicationName.of(this.applicationName);
			this.sessionName = result;
		}
		return result;
	}

	/**
	 * Whether Migrator names its session while it holds the lock; not when the data source
	 * was made from a URL that gives an {@code ApplicationName} of its own.
	 */
	public boolean nameSessions() {
		return this.nameSessions;
	}

	private static String requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be empty");
		}
		return value;
	}

	private static Duration requirePositive(Duration value, String name) {
		if (value == null || value.isNegative()) {
			throw new IllegalArgumentException(name + " must be zero or positive");
		}
		return value;
	}

	/** Builds a {@link MigratorConfig}; validated in {@link #build()}. */
	public static final class Builder {

		private DataSource dataSource;

		private List<String> locations = DEFAULT_LOCATIONS;

		private String table = DEFAULT_TABLE;

		private String schema;

		private boolean createSchema = DEFAULT_CREATE_SCHEMA;

		private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;

		private Duration ddlLockTimeout;

		private int ddlLockRetries = DEFAULT_DDL_LOCK_RETRIES;

		private boolean validateOnMigrate = DEFAULT_VALIDATE_ON_MIGRATE;

		private boolean outOfOrder = DEFAULT_OUT_OF_ORDER;

		private boolean ignoreAhead = DEFAULT_IGNORE_AHEAD;

		private Long target;

		private ClassLoader classLoader;

		private MigrationListener listener;

		private String applicationName = DEFAULT_APPLICATION_NAME;

		/** The data source {@link #url} made. */
		private PGSimpleDataSource urlDataSource;

		private boolean urlNamesSessions;

		/** Carried over by {@link MigratorConfig#toBuilder()}: the data source names its sessions itself. */
		private boolean keepsSessionNames;

		private Builder() {
		}

		public Builder dataSource(DataSource dataSource) {
			this.dataSource = dataSource;
			this.keepsSessionNames = false;
			return this;
		}

		/** Connects with the PostgreSQL driver directly, without a pool. */
		public Builder url(String url, String user, String password) {
			PGSimpleDataSource simple = new PGSimpleDataSource();
			simple.setUrl(url);
			if (user != null) {
				simple.setUser(user);
			}
			if (password != null) {
				simple.setPassword(password);
			}
			// an ApplicationName given in the URL is the user's choice, and kept
			this.urlNamesSessions = simple.getApplicationName() != null
					&& !simple.getApplicationName().equals("PostgreSQL JDBC Driver");
			if (!this.urlNamesSessions) {
				simple.setApplicationName(DEFAULT_APPLICATION_NAME);
			}
			this.dataSource = simple;
			this.urlDataSource = simple;
			this.keepsSessionNames = false;
			return this;
		}

		public Builder locations(List<String> locations) {
			this.locations = locations;
			return this;
		}

		public Builder locations(String... locations) {
			return locations(List.of(locations));
		}

		public Builder table(String table) {
			this.table = table;
			return this;
		}

		public Builder schema(String schema) {
			this.schema = schema;
			return this;
		}

		public Builder createSchema(boolean createSchema) {
			this.createSchema = createSchema;
			return this;
		}

		public Builder lockTimeout(Duration lockTimeout) {
			this.lockTimeout = lockTimeout;
			return this;
		}

		public Builder ddlLockTimeout(Duration ddlLockTimeout) {
			this.ddlLockTimeout = ddlLockTimeout;
			return this;
		}

		public Builder ddlLockRetries(int ddlLockRetries) {
			this.ddlLockRetries = ddlLockRetries;
			return this;
		}

		public Builder validateOnMigrate(boolean validateOnMigrate) {
			this.validateOnMigrate = validateOnMigrate;
			return this;
		}

		public Builder outOfOrder(boolean outOfOrder) {
			this.outOfOrder = outOfOrder;
			return this;
		}

		public Builder ignoreAhead(boolean ignoreAhead) {
			this.ignoreAhead = ignoreAhead;
			return this;
		}

		public Builder target(Long target) {
			this.target = target;
			return this;
		}

		public Builder classLoader(ClassLoader classLoader) {
			this.classLoader = classLoader;
			return this;
		}

		public Builder listener(MigrationListener listener) {
			this.listener = listener;
			return this;
		}

		/** Names Migrator's sessions after the application; defaults to {@code migrator}. */
		public Builder applicationName(String applicationName) {
			this.applicationName = applicationName;
			return this;
		}

		public MigratorConfig build() {
			return new MigratorConfig(this);
		}

	}

}
