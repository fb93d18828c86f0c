package dev.migrator.cli;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.IrreversibleMigrationException;
import dev.migrator.LockTimeoutException;
import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationInterruptedException;
import dev.migrator.MigrationStoppedException;
import dev.migrator.MigratorException;
import dev.migrator.ValidationException;
import dev.migrator.source.InvalidEncodingException;
import dev.migrator.source.MigrationSourceException;
import dev.migrator.sql.SqlSyntaxException;

/**
 * Turns a failed operation into one clear message and exit code 1: the exception's
 * message on standard error, or in json mode a JSON object on standard output that carries
 * the exception's fields. Stack traces only with {@code --verbose}. Usage errors are the
 * {@link UsageErrorHandler}'s. A run stopped by Ctrl-C or SIGTERM says what it left and
 * exits 130, see {@link Interrupts}. An {@link Error} thrown by a command (out of memory) is
 * handled the same way: picocli hands only exceptions to the handler, so it comes wrapped
 * (see {@link #runCatchingErrors}).
 */
class ErrorHandler implements IExecutionExceptionHandler {

	static final int FAILED = 1;

	/** Runs the command; an {@link Error} it throws goes to the handler like an exception. */
	static int runCatchingErrors(ParseResult parseResult) {
		try {
			return new CommandLine.RunLast().execute(parseResult);
		}
		catch (Error error) {
			CommandLine command = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
			throw new ExecutionException(command, error.toString(), error);
		}
	}

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		Throwable failure = (ex instanceof ExecutionException && ex.getCause() instanceof Error error) ? error : ex;
		MigratorCommand root = commandLine.getCommandSpec().root().commandLine().getCommand();
		String command = commandLine.getCommandName();
		if (root.format == OutputFormat.JSON) {
			commandLine.getOut().println(Json.write(Map.of("error", describe(failure, command))));
			commandLine.getOut().flush();
		}
		else if (ex instanceof MigrationInterruptedException interrupted) {
			commandLine.getErr().println("interrupted: " + interrupted.outcome());
		}
		else {
			commandLine.getErr().println("error: " + message(failure, command));
		}
		if (root.verbose) {
			failure.printStackTrace(commandLine.getErr());
		}
		else if (!(failure instanceof MigratorException) || failure instanceof MigrationStoppedException) {
			commandLine.getErr().println("Run again with --verbose for the stack trace.");
		}
		commandLine.getErr().flush();
		return (ex instanceof MigrationInterruptedException) ? Interrupts.EXIT_CODE : FAILED;
	}

	/** Migrator's messages are written for users; anything else is unexpected and named by its type. */
	private static String message(Throwable ex, String command) {
		if (ex instanceof MigratorException) {
			return ex.getMessage();
		}
		if (ex instanceof OutOfMemoryError) {
			return "the JVM ran out of memory (" + ex + ") during `" + command + "`; no migration was left part way"
					+ " (`status` shows the version the database is at). Give the JVM more heap with -Xmx (e.g."
					+ " JAVA_TOOL_OPTIONS=-Xmx1g), or split large migration files.";
		}
		return ex.getClass().getName() + ": " + ex.getMessage();
	}

	static Map<String, Object> describe(Throwable ex, String command) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("type", ex.getClass().getSimpleName());
		error.put("message", message(ex, command));
		if (ex instanceof MigrationStoppedException stopped) {
			error.put("version", stopped.step().version());
			error.put("direction", Views.direction(stopped.step().direction()));
			error.put("file", stopped.step().script());
		}
		else if (ex instanceof MigrationFailedException failed) {
			error.put("version", failed.step().version());
			error.put("direction", Views.direction(failed.step().direction()));
			error.put("file", failed.file());
			error.put("line", failed.line());
			error.put("column", failed.column());
			error.put("sqlState", failed.sqlState());
			error.put("serverMessage", failed.serverMessage());
		}
		else if (ex instanceof SqlSyntaxException syntax) {
			error.put("file", syntax.fileName());
			error.put("line", syntax.line());
			error.put("column", syntax.column());
		}
		else if (ex instanceof InvalidEncodingException encoding) {
			error.put("file", encoding.file());
			error.put("byteOffset", encoding.byteOffset());
		}
		else if (ex instanceof MigrationSourceException source) {
			error.put("problems", source.problems());
		}
		else if (ex instanceof ValidationException validation) {
			error.put("problems", validation.problems());
		}
		else if (ex instanceof MigrationInterruptedException interrupted) {
			error.put("outcome", interrupted.outcome());
		}
		else if (ex instanceof DirtyDatabaseException dirty) {
			error.put("version", dirty.version());
		}
		else if (ex instanceof IrreversibleMigrationException irreversible) {
			error.put("version", irreversible.version());
		}
		else if (ex instanceof LockTimeoutException timeout) {
			error.put("timeoutMs", timeout.timeout().toMillis());
			if (timeout.holder() != null) {
				error.put("lockHolderPid", timeout.holder().pid());
				error.put("lockHolderApplication", timeout.holder().applicationName());
			}
		}
		else if (ex.getCause() instanceof SQLException database && database.getSQLState() != null) {
			error.put("sqlState", database.getSQLState());
		}
		return error;
	}

}
