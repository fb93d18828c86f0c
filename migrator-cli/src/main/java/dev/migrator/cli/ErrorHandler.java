package dev.migrator.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import dev.migrator.MigrationInterruptedException;
import dev.migrator.MigrationStoppedException;
import dev.migrator.MigratorException;
import dev.migrator.SetFailedException;

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
		// a run over several sets names the set that failed; how it failed is its cause's
		Throwable reason = (ex instanceof SetFailedException setFailed) ? setFailed.getCause() : ex;
		MigratorCommand root = commandLine.getCommandSpec().root().commandLine().getCommand();
		String command = commandLine.getCommandName();
		if (root.format == OutputFormat.JSON) {
			commandLine.getOut().println(Json.write(Map.of("error", describe(failure, command))));
			commandLine.getOut().flush();
		}
		else if (reason instanceof MigrationInterruptedException interrupted) {
			commandLine.getErr().println("interrupted: " + interrupted.outcome());
		}
		else {
			commandLine.getErr().println("error: " + message(failure, command));
		}
		if (root.verbose) {
			failure.printStackTrace(commandLine.getErr());
		}
		else if (!(failure instanceof MigratorException) || reason instanceof MigrationStoppedException) {
			commandLine.getErr().println("Run again with --verbose for the stack trace.");
		}
		commandLine.getErr().flush();
		return (reason instanceof MigrationInterruptedException) ? Interrupts.EXIT_CODE : FAILED;
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
		if (ex instanceof MigratorException migrator) {
			error.putAll(migrator.details());
		}
		return error;
	}

}
