package dev.migrator.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import picocli.CommandLine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.migrator.test.TestDatabase;

/**
 * Runs the CLI in-process with captured output and a given environment.
 */
final class CliRunner {

	private final Map<String, String> environment = new HashMap<>();

	private boolean terminal;

	private final Deque<String> answers = new ArrayDeque<>();

	private final List<String> questions = new ArrayList<>();

	CliRunner env(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	/** Runs as if a person watched standard error. */
	CliRunner terminal() {
		this.terminal = true;
		return this;
	}

	/** Runs on a terminal where a person answers each question with the next of {@code lines}. */
	CliRunner answering(String... lines) {
		this.answers.addAll(List.of(lines));
		return terminal();
	}

	/** The questions asked so far, in order. */
	List<String> questions() {
		return this.questions;
	}

	/** Runs with {@code leading} (say, the connection options) before {@code args}. */
	Result run(String[] leading, String... args) {
		String[] all = new String[leading.length + args.length];
		System.arraycopy(leading, 0, all, 0, leading.length);
		System.arraycopy(args, 0, all, leading.length, args.length);
		return run(all);
	}

	Result run(String... args) {
		MigratorCommand command = new MigratorCommand();
		command.environment = this.environment::get;
		command.terminal = () -> this.terminal;
		command.prompt = (question) -> {
			this.questions.add(question);
			return this.answers.poll();
		};
		CommandLine commandLine = MigratorCommand.commandLine(command);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		commandLine.setOut(new PrintWriter(out, true));
		commandLine.setErr(new PrintWriter(err, true));
		int exitCode = commandLine.execute(args);
		return new Result(exitCode, out.toString(), err.toString());
	}

	/** The options that point the CLI at a test database and a fixture folder. */
	static String[] connection(TestDatabase db, String scenario) {
		return new String[] { "--url", db.url(), "--user", db.user(), "--locations", location(scenario) };
	}

	/** A fixture folder under {@code src/test/resources/migrations}, as a filesystem location. */
	static String location(String scenario) {
		return "filesystem:" + Paths.get("src/test/resources/migrations", scenario).toAbsolutePath();
	}

	record Result(int exitCode, String out, String err) {

		JsonNode json() {
			return JsonMapper.builder().build().readTree(this.out);
		}

	}

}
