package dev.migrator.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import dev.migrator.LockTimeoutException;
import dev.migrator.MigrationFailedException;
import dev.migrator.MigratorException;
import dev.migrator.sql.SqlSyntaxException;

/**
 * Turns an error into one clear message and an exit code: 2 for a usage error, 1 for a
 * failed operation. In json mode the error is a JSON object on standard output.
 */
class ErrorHandler implements IExecutionExceptionHandler {

	static final int FAILED = 1;

	static final int USAGE = 2;

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		if (ex instanceof ParameterException usage) {
			commandLine.getErr().println(usage.getMessage());
			commandLine.getErr().println("Run 'migrator --help' for the commands and options.");
			return USAGE;
		}
		MigratorCommand root = commandLine.getCommandSpec().root().commandLine().getCommand();
		if (root.format == OutputFormat.JSON) {
			commandLine.getOut().println(Json.write(Map.of("error", describe(ex))));
			commandLine.getOut().flush();
		}
		else {
			commandLine.getErr().println("error: " + ex.getMessage());
		}
		if (root.verbose || !(ex instanceof MigratorException)) {
			ex.printStackTrace(commandLine.getErr());
		}
		return FAILED;
	}

	private static Map<String, Object> describe(Exception ex) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("type", ex.getClass().getSimpleName());
		error.put("message", ex.getMessage());
		if (ex instanceof MigrationFailedException failed) {
			error.put("version", failed.step().version());
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
		else if (ex instanceof LockTimeoutException timeout && timeout.holder() != null) {
			error.put("lockHolderPid", timeout.holder().pid());
			error.put("lockHolderApplication", timeout.holder().applicationName());
		}
		return error;
	}

}
