package dev.migrator.lint;

/**
 * One check. Rules are small: each looks at one statement, through the statement's view and
 * what the file did before it, and reports what it finds.
 */
public interface LintRule {

	/** The rule's id, a stable contract (documented in DESIGN.md). */
	String id();

	Severity defaultSeverity();

	/** Whether the rule also checks down files (only syntax and transaction rules do). */
	default boolean checksDownFiles() {
		return false;
	}

	void check(StatementView statement, FileContext file, Findings findings);

	/** Called once the whole file is read, for rules that need all of it. */
	default void finish(FileContext file, Findings findings) {
	}

}
