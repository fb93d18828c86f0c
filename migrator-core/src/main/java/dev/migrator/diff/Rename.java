package dev.migrator.diff;

import dev.migrator.schema.QualifiedName;

/**
 * A hint that an object the migrations have was renamed, not dropped and added again:
 * {@code orders.status=state} renames a column, {@code orders=purchases} a table (in
 * {@code public} unless qualified: {@code billing.invoices.number=code}).
 *
 * @param table the table, by its current name
 * @param column the column's current name, or null when the table is renamed
 * @param to the new name
 */
public record Rename(QualifiedName table, String column, String to) {

	/** Reads a {@code --rename} hint. */
	public static Rename parse(String hint) {
		int equals = hint.indexOf('=');
		if (equals < 1 || equals == hint.length() - 1) {
			throw new IllegalArgumentException("--rename " + hint + " is not OLD=NEW (orders.status=state renames a"
					+ " column, orders=purchases a table)");
		}
		String[] old = hint.substring(0, equals).split("\\.", -1);
		String to = hint.substring(equals + 1);
		return switch (old.length) {
			case 1 -> new Rename(new QualifiedName("public", old[0]), null, to);
			case 2 -> new Rename(new QualifiedName("public", old[0]), old[1], to);
			case 3 -> new Rename(new QualifiedName(old[0], old[1]), old[2], to);
			default -> throw new IllegalArgumentException("--rename " + hint + " names neither a table nor a column");
		};
	}

	/** The hint as {@code --rename} takes it: {@code orders.status=state}, the schema named when not public. */
	public String hint() {
		return oldName() + "=" + this.to;
	}

	/** What is renamed, as a user names it: {@code orders.status}, {@code orders}. */
	public String oldName() {
		return tableName() + ((this.column != null) ? "." + this.column : "");
	}

	/** What it is called now, as a user names it: {@code orders.state}, {@code purchases}. */
	public String newName() {
		return (this.column != null) ? tableName() + "." + this.to : this.to;
	}

	private String tableName() {
		return this.table.schema().equals("public") ? this.table.name() : this.table.toString();
	}

	/** The statement that renames. */
	String sql() {
		return rename((this.column != null) ? this.column : this.table.name(), this.to, this.table);
	}

	/** The statement that gives the old name back. */
	String inverse() {
		QualifiedName renamed = (this.column != null) ? this.table : new QualifiedName(this.table.schema(), this.to);
		return rename(this.to, (this.column != null) ? this.column : this.table.name(), renamed);
	}

	private String rename(String from, String to, QualifiedName table) {
		return "ALTER TABLE " + Sql.name(table) + " RENAME " + ((this.column != null) ? "COLUMN " + Sql.quote(from) + " "
				: "") + "TO " + Sql.quote(to);
	}

	@Override
	public String toString() {
		return this.table + ((this.column != null) ? "." + this.column : "") + "=" + this.to;
	}

}
