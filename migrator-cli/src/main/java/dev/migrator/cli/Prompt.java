package dev.migrator.cli;

import java.io.Console;

/**
 * Asks the person at the terminal a question and reads the answer; tests give the answers.
 */
@FunctionalInterface
interface Prompt {

	/** The line answered, {@code null} when there is none (the input ended). */
	String ask(String question);

	/** Asks on the process's console, {@code null} without one. */
	static Prompt console() {
		return (question) -> {
			Console console = System.console();
			return (console != null) ? console.readLine("%s ", question) : null;
		};
	}

	/** Whether the answer to a {@code [y/N]} question is yes. */
	static boolean yes(String answer) {
		return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
	}

}
