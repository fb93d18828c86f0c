package dev.migrator.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.migrator.InvalidEncodingException;
import dev.migrator.SqlSyntaxException;
import dev.migrator.lint.rules.Rules;
import dev.migrator.source.Migration;
import dev.migrator.source.MigrationScript;
import dev.migrator.source.MigrationSet;
import dev.migrator.sql.Directive;
import dev.migrator.sql.SqlScript;
import dev.migrator.sql.SqlScriptParser;
import dev.migrator.sql.SqlStatement;
import dev.migrator.sql.SqlStatementReader;

/**
 * Checks migration files for unsafe changes, without a database.
 * <p>
 * A comment {@code -- migrator:allow rule-id[, rule-id]} in the file's leading comments
 * (before its first statement) accepts those findings in the whole file; anywhere else it
 * accepts them for the statement that follows it. Down files are checked only for syntax and
 * transaction rules: a down is expected to drop what its up created. Files of a set are read in
 * version order with a {@link SetContext}: what earlier files created counts, and a table created
 * earlier in the same file or run is new, so the locking rules don't apply to it.
 */
public final class Linter {

	/** The rule id of a file that cannot be split. */
	public static final String SYNTAX = "syntax";

	/** The rule id of a migration without a down file. */
	public static final String MISSING_DOWN = "missing-down";

	private static final List<LintRule> RULES = Rules.all();

	private final LintConfig config;

	public Linter(LintConfig config) {
		this.config = config;
	}

	/** Every rule id, with its default severity. */
	public static Map<String, Severity> rules() {
		Map<String, Severity> rules = new TreeMap<>();
		RULES.forEach((rule) -> rules.put(rule.id(), rule.defaultSeverity()));
		rules.put(SYNTAX, Severity.ERROR);
		rules.put(MISSING_DOWN, Severity.WARNING);
		return rules;
	}

	/**
	 * Lints every file of a set, and reports migrations that have no down file. Without a
	 * database nobody knows what is applied, so each up file is taken as run on its own after
	 * the earlier ones: their tables exist, their indexes count.
	 */
	public List<Finding> lint(MigrationSet migrations) {
		return lint(migrations, null);
	}

	/**
	 * Lints every file of a set over a database at {@code appliedUpTo} (0 for an empty one):
	 * the later up files run together, so a table one creates is new for those after it.
	 * {@code null} takes each up file as run on its own.
	 */
	public List<Finding> lint(MigrationSet migrations, Long appliedUpTo) {
		List<Finding> findings = new ArrayList<>();
		SetContext set = new SetContext();
		List<Migration> all = migrations.migrations();
		for (int i = 0; i < all.size(); i++) {
			Migration migration = all.get(i);
			MigrationScript next = (i + 1 < all.size()) ? all.get(i + 1).up() : null;
			if (appliedUpTo != null && migration.version() <= appliedUpTo) {
				observe(migration.up(), set);
				set.endRun();
				continue;
			}
			findings.addAll(lint(migration.up(), false, set, next));
			if (appliedUpTo == null) {
				set.endRun();
			}
			if (migration.down() != null) {
				findings.addAll(lint(migration.down(), true));
			}
			else {
				report(findings, MISSING_DOWN, Severity.WARNING, migration.up().fileName(), 1,
						"The migration has no down file, so it cannot be rolled back or verified.",
						"Add " + migration.up().fileName().replace(".up.sql", ".down.sql") + " that undoes it.");
			}
		}
		return findings;
	}

	/**
	 * Lints the pending up files as the one run they are, in order, over a database where the
	 * applied ones ran: what either created counts, and a table created earlier in the run is new.
	 */
	public List<Finding> lintPending(List<MigrationScript> applied, List<MigrationScript> pending) {
		SetContext set = new SetContext();
		applied.forEach((script) -> observe(script, set));
		set.endRun();
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < pending.size(); i++) {
			MigrationScript next = (i + 1 < pending.size()) ? pending.get(i + 1) : null;
			findings.addAll(lint(pending.get(i), false, set, next));
		}
		return findings;
	}

	/** Lints one file read alone. */
	public List<Finding> lint(MigrationScript script, boolean down) {
		return lint(script, down, new SetContext(), null);
	}

	/** Lints a file in the set's context; a file that is not UTF-8 is one finding. */
	private List<Finding> lint(MigrationScript script, boolean down, SetContext set, MigrationScript next) {
		String content;
		try {
			content = script.content();
		}
		catch (InvalidEncodingException ex) {
			List<Finding> findings = new ArrayList<>();
			report(findings, SYNTAX, Severity.ERROR, script.fileName(), 1, ex.getMessage(), "Save the file as UTF-8.");
			return findings;
		}
		return lint(script.fileName(), content, down, set, next);
	}

	/**
	 * Lints up files that run one after another, each in the context of those before it: a
	 * check one file adds NOT VALID and the next validates proves the SET NOT NULL after it.
	 * @param files each file's name and content, in the order they run
	 */
	public List<Finding> lintInOrder(Map<String, String> files) {
		SetContext set = new SetContext();
		List<Finding> findings = new ArrayList<>();
		files.forEach((fileName, content) -> findings.addAll(lint(fileName, content, false, set, null)));
		return findings;
	}

	/** Lints one file's content, read alone; {@code down} for a down file. */
	public List<Finding> lint(String fileName, String content, boolean down) {
		return lint(fileName, content, down, new SetContext(), null);
	}

	/**
	 * Lints one file in the set's context, and records in it what the file created; the
	 * indexes of {@code next} (the file after it, or {@code null}) cover its foreign keys too.
	 */
	private List<Finding> lint(String fileName, String content, boolean down, SetContext set, MigrationScript next) {
		List<Finding> findings = new ArrayList<>();
		SqlScript script;
		try {
			script = SqlScriptParser.read(fileName, content);
		}
		catch (SqlSyntaxException ex) {
			report(findings, SYNTAX, Severity.ERROR, fileName, ex.line(), ex.problem(), "Fix the SQL.");
			return findings;
		}
		Allowances allowances = new Allowances(script);
		SetContext nextFile = new SetContext();
		if (next != null) {
			observe(next, nextFile);
		}
		FileContext file = new FileContext(fileName, down, script, this.config.postgresMajor(), set, nextFile);
		List<LintRule> active = RULES.stream()
			.filter((rule) -> !down || rule.checksDownFiles())
			.filter((rule) -> severity(rule) != Severity.OFF)
			.toList();
		for (SqlStatement statement : script.statements()) {
			StatementView view = new StatementView(statement);
			for (LintRule rule : active) {
				rule.check(view, file, (line, message, suggestion) -> {
					if (!allowances.allows(rule.id(), line)) {
						report(findings, rule.id(), severity(rule), fileName, line, message, suggestion);
					}
				});
			}
			FileObserver.observe(view, file);
		}
		for (LintRule rule : active) {
			rule.finish(file, (line, message, suggestion) -> {
				if (!allowances.allows(rule.id(), line)) {
					report(findings, rule.id(), severity(rule), fileName, line, message, suggestion);
				}
			});
		}
		findings.sort(Comparator.comparingInt(Finding::line));
		return findings;
	}

	/** Records what an applied (or the next) file creates, without judging it; a file that cannot be split adds nothing. */
	private void observe(MigrationScript script, SetContext set) {
		try {
			SqlScript parsed = SqlScriptParser.read(script.fileName(), script.content());
			FileContext file = new FileContext(script.fileName(), false, parsed, this.config.postgresMajor(), set,
					new SetContext());
			parsed.statements().forEach((statement) -> FileObserver.observe(new StatementView(statement), file));
		}
		catch (SqlSyntaxException | InvalidEncodingException ex) {
			// the file's own lint reports it
		}
	}

	private Severity severity(LintRule rule) {
		return this.config.severityOf(rule.id(), rule.defaultSeverity());
	}

	private void report(List<Finding> findings, String rule, Severity defaultSeverity, String file, int line,
			String message, String suggestion) {
		Severity severity = this.config.severityOf(rule, defaultSeverity);
		if (severity != Severity.OFF) {
			findings.add(new Finding(rule, severity, file, line, message, suggestion));
		}
	}

	/** Which rules the file's allow comments accept, and where. */
	private static final class Allowances {

		private final Set<String> wholeFile = new HashSet<>();

		/** Rules allowed per statement, keyed by the statement's first line. */
		private final Map<Integer, Set<String>> perStatement = new HashMap<>();

		private final List<SqlStatement> statements;

		Allowances(SqlScript script) {
			this.statements = script.statements();
			for (Directive directive : script.directives()) {
				if (!directive.name().equals("allow")) {
					continue;
				}
				List<String> rules = Arrays.stream(directive.argument().split("[,\\s]+"))
					.filter((rule) -> !rule.isEmpty())
					.toList();
				if (directive.line() < script.firstLine()) {
					this.wholeFile.addAll(rules);
				}
				else {
					SqlStatement next = statementAfter(directive.line());
					if (next != null) {
						this.perStatement.computeIfAbsent(next.line(), (key) -> new HashSet<>()).addAll(rules);
					}
				}
			}
		}

		boolean allows(String rule, int line) {
			if (this.wholeFile.contains(rule)) {
				return true;
			}
			SqlStatement statement = statementAt(line);
			return statement != null && this.perStatement.getOrDefault(statement.line(), Set.of()).contains(rule);
		}

		private SqlStatement statementAfter(int line) {
			for (SqlStatement statement : this.statements) {
				if (statement.line() > line) {
					return statement;
				}
			}
			return null;
		}

		private SqlStatement statementAt(int line) {
			SqlStatement found = null;
			for (SqlStatement statement : this.statements) {
				if (statement.line() <= line) {
					found = statement;
				}
			}
			return found;
		}

	}

}
