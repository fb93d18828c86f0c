package dev.migrator.cli;

import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error (an unknown command or option, a missing or malformed value) as
 * its message and where to look for help, instead of the whole usage text, and exits 2.
 */
class UsageErrorHandler implements IParameterExceptionHandler {

	static final int USAGE = 2;

	@Override
	public int handleParseException(ParameterException ex, String[] args) {
		CommandLine commandLine = ex.getCommandLine();
		PrintWriter err = commandLine.getErr();
		err.println("error: " + ex.getMessage());
		UnmatchedArgumentException.printSuggestions(ex, err);
		err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
		err.flush();
		return USAGE;
	}

}
