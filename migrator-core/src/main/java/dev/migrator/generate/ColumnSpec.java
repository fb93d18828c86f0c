package dev.migrator.generate;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrator.GeneratorException;


/**
 * A column as given on the command line: {@code name:type[:not-null][:default=VALUE][:references=TABLE(COLUMN)]},
 * e.g. {@code email:text:not-null}, {@code owner_id:bigint:references=users(id)},
 * {@code status:text:not-null:default='new'}. Types and defaults follow a conservative
 * grammar, so nothing but a type or a literal can reach the generated SQL.
 *
 * @param name the column's name
 * @param type its type, e.g. {@code text}, {@code numeric(12,2)}, {@code timestamptz}
 * @param notNull whether it is NOT NULL
 * @param defaultValue its default as SQL, or {@code null}
 * @param referencedTable the table it references, or {@code null}
 * @param referencedColumn the referenced column
 */
public record ColumnSpec(String name, String type, boolean notNull, String defaultValue, String referencedTable,
		String referencedColumn) {

	private static final Pattern TYPE = Pattern
		.compile("[a-z][a-z0-9_]*( [a-z][a-z0-9_]*)*(\\(\\d+(, ?\\d+)?\\))?(\\[\\])?");

	private static final Pattern DEFAULT = Pattern.compile(
			"'[^'\\\\;]*'(::[a-z][a-z0-9_]*)?|-?\\d+(\\.\\d+)?|true|false|now\\(\\)|current_timestamp|current_date"
					+ "|gen_random_uuid\\(\\)");

	private static final Pattern REFERENCES = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(\\(([A-Za-z_][A-Za-z0-9_]*)\\))?");

	public ColumnSpec {
		Identifiers.validate(name, "column name");
		if (type != null && !TYPE.matcher(type).matches()) {
			throw new GeneratorException("The type '" + type + "' of column " + name + " is not one the generator"
					+ " accepts: use a type name such as text, bigint, numeric(12,2), timestamptz or text[].");
		}
		if (defaultValue != null && !DEFAULT.matcher(defaultValue).matches()) {
			throw new GeneratorException("The default '" + defaultValue + "' of column " + name + " is not a literal"
					+ " the generator accepts: use a number, true/false, a 'quoted string' (optionally ::type),"
					+ " now(), current_timestamp or current_date; write anything else by hand.");
		}
		if (referencedTable != null) {
			Identifiers.validate(referencedTable, "referenced table");
			Identifiers.validate(referencedColumn, "referenced column");
		}
	}

	public static ColumnSpec parse(String spec) {
		String[] parts = spec.split("(?<!:):(?!:)", -1);
		String name = parts[0];
		String type = (parts.length > 1 && !parts[1].isEmpty()) ? parts[1].toLowerCase(Locale.ROOT) : null;
		boolean notNull = false;
		String defaultValue = null;
		String referencedTable = null;
		String referencedColumn = null;
		for (int i = 2; i < parts.length; i++) {
			String option = parts[i];
			if (option.equals("not-null")) {
				notNull = true;
			}
			else if (option.startsWith("default=")) {
				defaultValue = option.substring("default=".length());
			}
			else if (option.startsWith("references=")) {
				Matcher matcher = REFERENCES.matcher(option.substring("references=".length()));
				if (!matcher.matches()) {
					throw new GeneratorException("Cannot read '" + option + "' of column " + name
							+ ": write references=TABLE or references=TABLE(COLUMN).");
				}
				referencedTable = matcher.group(1);
				referencedColumn = (matcher.group(3) != null) ? matcher.group(3) : "id";
			}
			else {
				throw new GeneratorException("Unknown column option '" + option + "' in '" + spec
						+ "': use not-null, default=VALUE or references=TABLE(COLUMN).");
			}
		}
		return new ColumnSpec(name, type, notNull, defaultValue, referencedTable, referencedColumn);
	}

}
