package dev.migrator.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

import picocli.CommandLine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the CLI in-process with captured output and a given environment.
 */
final class CliRunner {

	private final Map<String, String> environment = new HashMap<>();

	CliRunner env(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	Result run(String... args) {
		MigratorCommand command = new MigratorCommand();
		command.environment = this.environment::get;
		CommandLine commandLine = MigratorCommand.commandLine(command);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return new Result(exitCode, out.toString(), err.toString());
	}

	record Result(int exitCode, String out, String err) {

		JsonNode json() {
			return JsonMapper.builder().build().readTree(this.out);
		}

	}

}
