package dev.migrator.lint;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.sql.SqlScript;
import dev.migrator.sql.TransactionViolation;

/**
 * What the set and the file did before the statement a rule looks at: tables created earlier
 * in the run (new tables take no lock worth worrying about), indexes built, check constraints
 * validated; and the indexes the next file builds, which still cover this file's foreign keys.
 */
public final class FileContext {

	private final String fileName;

	private final boolean down;

	private final SqlScript script;

	private final int postgresMajor;

	private final SetContext set;

	private final SetContext nextFile;

	private final List<ForeignKey> foreignKeys = new ArrayList<>();

	FileContext(String fileName, boolean down, SqlScript script, int postgresMajor, SetContext set,
			SetContext nextFile) {
		this.fileName = fileName;
		this.down = down;
		this.script = script;
		this.postgresMajor = postgresMajor;
		this.set = set;
		this.nextFile = nextFile;
	}

	String fileName() {
		return this.fileName;
	}

	boolean down() {
		return this.down;
	}

	public boolean noTransaction() {
		return this.script.noTransaction();
	}

	/** The transaction rules the file breaks, as the parser found them: what a run would refuse. */
	public List<TransactionViolation> violations() {
		return this.script.violations();
	}

	/** The transaction rule the statement breaks, or {@code null}. */
	public TransactionViolation violationAt(StatementView statement) {
		for (TransactionViolation violation : this.script.violations()) {
			if (violation.line() == statement.line() && violation.column() == statement.statement().column()) {
				return violation;
			}
		}
		return null;
	}

	public int postgresMajor() {
		return this.postgresMajor;
	}

	/** How many statements the file has (a BEGIN/COMMIT wrapper left out). */
	public int statements() {
		return this.script.statementCount();
	}

	/** Whether the table was created earlier in this file or this run, so nobody else uses it yet. */
	public boolean isNew(String table) {
		return this.set.isNew(table);
	}

	/** Whether an index of the table, built by this file, an earlier one or the next, starts with these columns. */
	public boolean hasIndexLeadingWith(String table, List<String> columns) {
		return this.set.hasIndexLeadingWith(table, columns) || this.nextFile.hasIndexLeadingWith(table, columns);
	}

	public List<ForeignKey> foreignKeys() {
		return this.foreignKeys;
	}

	void foreignKey(String table, List<String> columns, int line) {
		this.foreignKeys.add(new ForeignKey(table, columns, line));
	}

	/** Whether a validated {@code CHECK (column IS NOT NULL)} lets SET NOT NULL skip its scan. */
	public boolean hasValidatedNotNullCheck(String table, String column) {
		return this.set.hasValidatedNotNullCheck(table, column);
	}

	SetContext set() {
		return this.set;
	}

	/** A foreign key met in the file, checked for an index once the whole file is read. */
	public record ForeignKey(String table, List<String> columns, int line) {

	}

}
