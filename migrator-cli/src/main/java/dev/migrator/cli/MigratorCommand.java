package dev.migrator.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

import dev.migrator.Durations;
import dev.migrator.MigrationListener;
import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import dev.migrator.Migrators;
import dev.migrator.SetDefinition;

/**
 * {@code java -jar migrator.jar [options] COMMAND [args]}. The connection and output options
 * are inherited by every command, so they may stand before or after the command word; so are
 * {@code --help} and {@code -h} (the command's scope), and {@code migrator help COMMAND} works too.
 */
@Command(name = "migrator", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
		versionProvider = VersionProvider.class,
		description = "PostgreSQL schema migrations: apply, roll back, inspect and recover.",
		subcommands = { HelpCommand.class, CreateCommand.class, UpCommand.class, DownCommand.class, GotoCommand.class, ForceCommand.class,
				BaselineCommand.class, RepairCommand.class, StatusCommand.class, ValidateCommand.class,
				PlanCommand.class, LintCommand.class, VerifyCommand.class, DiffCommand.class, DriftCommand.class, VersionCommand.class },
		synopsisSubcommandLabel = "COMMAND")
public class MigratorCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Option(names = "--url", scope = ScopeType.INHERIT, description = "JDBC URL of the database (or MIGRATOR_URL).")
	String url;

	@Option(names = "--user", scope = ScopeType.INHERIT, description = "Database user (or MIGRATOR_USER).")
	String user;

	@Option(names = "--password", scope = ScopeType.INHERIT, description = "Database password (or MIGRATOR_PASSWORD).")
	String password;

	@Option(names = "--locations", scope = ScopeType.INHERIT, split = ",", paramLabel = "LOCATION",
			description = "Migration folders: a path, filesystem:PATH or classpath:PATH (default: db/migrations).")
	List<String> locations = new ArrayList<>();

	@Option(names = "--table", scope = ScopeType.INHERIT, description = "History table (default: "
			+ MigratorConfig.DEFAULT_TABLE + ").")
	String table;

	@Option(names = "--set", scope = ScopeType.INHERIT, paramLabel = "NAME",
			description = "The migration set to work on (default: every set in order for up, status and validate;"
					+ " the application's set '" + SetDefinition.APP + "' for the other commands).")
	String set;

	@Option(names = "--set-location", scope = ScopeType.INHERIT, paramLabel = "NAME=LOCATION",
			description = "Declares a migration set with its own history table"
					+ " (schema_migrations_NAME) that runs before the application's; repeat it for several, in their"
					+ " order. Sets that libraries on the class path ship are found by themselves.")
	Map<String, String> setLocations = new LinkedHashMap<>();

	@Option(names = "--schema", scope = ScopeType.INHERIT,
			description = "Schema of the history table (default: the connection's current schema).")
	String schema;

	@Option(names = "--lock-timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION",
			description = "How long to wait for another migrator: 30s, 2m, PT1M or seconds (default: 60s).")
	String lockTimeout;

	@Option(names = "--ddl-lock-timeout", scope = ScopeType.INHERIT, paramLabel = "DURATION",
			description = "PostgreSQL lock_timeout for migration statements, retried on timeout.")
	String ddlLockTimeout;

	@Option(names = "--out-of-order", scope = ScopeType.INHERIT,
			description = "Apply pending migrations below the current version.")
	boolean outOfOrder = MigratorConfig.DEFAULT_OUT_OF_ORDER;

	@Option(names = "--validate-on-migrate", scope = ScopeType.INHERIT, negatable = true, arity = "0..1",
			fallbackValue = "true", description = "Refuse to run when applied files changed (default: true).")
	boolean validateOnMigrate = MigratorConfig.DEFAULT_VALIDATE_ON_MIGRATE;

	@Option(names = "--ignore-ahead", scope = ScopeType.INHERIT, negatable = true, arity = "0..1",
			fallbackValue = "true", description = "Run alongside versions a newer release applied, above every file"
					+ " here (default: true); --no-ignore-ahead refuses to run while there are any.")
	boolean ignoreAhead = MigratorConfig.DEFAULT_IGNORE_AHEAD;

	@Option(names = "--format", scope = ScopeType.INHERIT, paramLabel = "text|json",
			description = "Output format (default: text).")
	OutputFormat format = OutputFormat.TEXT;

	@Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors.")
	boolean verbose;

	/** Where environment variables come from; tests replace it. */
	Function<String, String> environment = System::getenv;

	/** Whether a person watches the output, so progress is worth showing; tests replace it. */
	BooleanSupplier terminal = () -> System.console() != null;

	/** Asks the person at the terminal; tests replace it. */
	Prompt prompt = Prompt.console();

	/** The default location of a project's migrations, relative to where the CLI runs. */
	static final String DEFAULT_LOCATION = "db/migrations";

	/** How the CLI's sessions name themselves to the server: the lock's holder and the log say it. */
	static final String APPLICATION_NAME = "migrator-cli";

	/** Ctrl-C and SIGTERM handling; only a real process has it, not a command run in-process. */
	Interrupts interrupts;

	public static void main(String[] args) {
		MigratorCommand command = new MigratorCommand();
		command.interrupts = Interrupts.install();
		int exitCode = commandLine(command).execute(args);
		command.interrupts.commandFinished();
		System.exit(exitCode);
	}

	static CommandLine commandLine(MigratorCommand command) {
		CommandLine commandLine = new CommandLine(command);
		commandLine.setCaseInsensitiveEnumValuesAllowed(true);
		commandLine.setParameterExceptionHandler(new UsageErrorHandler());
		commandLine.setExecutionExceptionHandler(new ErrorHandler());
		commandLine.setExecutionStrategy(ErrorHandler::runCatchingErrors);
		return commandLine;
	}

	@Override
	public void run() {
		throw new ParameterException(this.spec.commandLine(), "Missing command: say what to do, e.g. status or up");
	}

	/** The application's set and every other: found on the class path, then those declared with --set-location. */
	Migrators migrators(CommandSpec command, MigrationListener listener) {
		MigratorConfig app = build(command, config(command).listener(listener));
		List<SetDefinition> declared = new ArrayList<>();
		Migrators migrators;
		try {
			this.setLocations.forEach((name, location) -> declared.add(new SetDefinition(name,
					List.of(location.split(",")), null, SetDefinition.Order.BEFORE)));
			migrators = Migrators.discover(app, declared);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(command.commandLine(), ex.getMessage());
		}
		if (this.interrupts != null) {
			this.interrupts.watch(migrators);
		}
		return migrators;
	}

	/**
	 * Refuses --set for a command that works on --locations alone (lint, verify, create, diff),
	 * rather than silently working on the application's files.
	 */
	void refuseOtherSet(CommandSpec command) {
		if (this.set != null && !this.set.equals(SetDefinition.APP)) {
			throw new ParameterException(command.commandLine(), command.name() + " works on --locations, not on"
					+ " --set " + this.set + "; pass that set's folder with --locations instead");
		}
	}

	/** The set named by --set, or {@code null} when none was. */
	Migrator selectedSet(CommandSpec command, Migrators migrators) {
		if (this.set == null) {
			return null;
		}
		try {
			return migrators.migrator(this.set);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(command.commandLine(), ex.getMessage());
		}
	}

	/** Builds the config, reporting a value it refuses (a malformed URL, an empty table) as a usage error. */
	static MigratorConfig build(CommandSpec command, MigratorConfig.Builder builder) {
		try {
			return builder.build();
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(command.commandLine(), ex.getMessage());
		}
	}

	MigratorConfig.Builder config(CommandSpec command) {
		String resolvedUrl = url();
		if (resolvedUrl == null || resolvedUrl.isBlank()) {
			throw new ParameterException(command.commandLine(),
					"No database given: pass --url jdbc:postgresql://host:5432/db or set MIGRATOR_URL");
		}
		MigratorConfig.Builder builder = MigratorConfig.builder();
		try {
			builder.url(resolvedUrl, user(), password());
		}
		catch (IllegalArgumentException ex) {
			// the URL is not echoed: it may carry a password
			throw new ParameterException(command.commandLine(),
					"Invalid --url (or MIGRATOR_URL): expected jdbc:postgresql://host:5432/db");
		}
		return options(command, builder);
	}

	/** The URL given by option or environment, {@code null} when there is none. */
	String url() {
		return (this.url != null) ? this.url : this.environment.apply("MIGRATOR_URL");
	}

	String user() {
		return (this.user != null) ? this.user : this.environment.apply("MIGRATOR_USER");
	}

	String password() {
		return (this.password != null) ? this.password : this.environment.apply("MIGRATOR_PASSWORD");
	}

	/** The migration locations given, or the default folder. */
	List<String> locations() {
		return this.locations.isEmpty() ? List.of(DEFAULT_LOCATION) : this.locations;
	}

	/** Applies every option but the connection. */
	MigratorConfig.Builder options(CommandSpec command, MigratorConfig.Builder builder) {
		builder.applicationName(APPLICATION_NAME)
			.locations(locations())
			.table((this.table != null) ? this.table : MigratorConfig.DEFAULT_TABLE)
			.schema(this.schema)
			.outOfOrder(this.outOfOrder)
			.validateOnMigrate(this.validateOnMigrate)
			.ignoreAhead(this.ignoreAhead);
		if (this.lockTimeout != null) {
			builder.lockTimeout(duration(command, "--lock-timeout", this.lockTimeout));
		}
		if (this.ddlLockTimeout != null) {
			builder.ddlLockTimeout(duration(command, "--ddl-lock-timeout", this.ddlLockTimeout));
		}
		return builder;
	}

	PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

	PrintWriter err() {
		return this.spec.commandLine().getErr();
	}

	/** A duration option's value, parsed by core; bad input is a usage error naming the option. */
	static Duration duration(CommandSpec command, String option, String text) {
		try {
			return Durations.parse(option, text);
		}
		catch (IllegalArgumentException ex) {
			throw new ParameterException(command.commandLine(), ex.getMessage());
		}
	}

}
