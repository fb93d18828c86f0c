package dev.migrator.cli;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import dev.migrator.DirtyDatabaseException;
import dev.migrator.IrreversibleMigrationException;
import dev.migrator.LockTimeoutException;
import dev.migrator.MigrationFailedException;
import dev.migrator.MigrationInterruptedException;
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
 * exits 130, see {@link Interrupts}.
 */
class ErrorHandler implements IExecutionExceptionHandler {

	static final int FAILED = 1;

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		MigratorCommand root = commandLine.getCommandSpec().root().commandLine().getCommand();
		if (root.format == OutputFormat.JSON) {
			commandLine.getOut().println(Json.write(Map.of("error", describe(ex))));
			commandLine.getOut().flush();
		}
		else if (ex instanceof MigrationInterruptedException interrupted) {
			commandLine.getErr().println("interrupted: " + interrupted.outcome());
		}
		else {
			commandLine.getErr().println("error: " + message(ex));
		}
		if (root.verbose) {
			ex.printStackTrace(commandLine.getErr());
		}
		else if (!(ex instanceof MigratorException)) {
			commandLine.getErr().println("Run again with --verbose for the stack trace.");
		}
		commandLine.getErr().flush();
		return (ex instanceof MigrationInterruptedException) ? Interrupts.EXIT_CODE : FAILED;
	}

	/** Migrator's messages are written for users; anything else is unexpected and named by its type. */
	private static String message(Exception ex) {
		return (ex instanceof MigratorException) ? ex.getMessage() : ex.getClass().getName() + ": " + ex.getMessage();
	}

	static Map<String, Object> describe(Exception ex) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("type", ex.getClass().getSimpleName());
		error.put("message", message(ex));
		if (ex instanceof MigrationFailedException failed) {
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
