package dev.migrator.diff;

import java.util.ArrayList;
import java.util.List;

import dev.migrator.schema.Column;
import dev.migrator.schema.Comment;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.Index;
import dev.migrator.schema.Policy;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Routine;
import dev.migrator.schema.Schema;
import dev.migrator.schema.Trigger;
import dev.migrator.schema.View;

/**
 * A type change that would rewrite the table, made without holding its lock for the rewrite
 * ({@code --expand-contract}): a new column of the new type kept in step by a trigger
 * ({@link Phase#EXPAND}), filled in batches that commit one by one ({@link Phase#BACKFILL}),
 * then swapped in under the old name ({@link Phase#CONTRACT}). The old column is dropped with
 * {@code --allow-drop}; without it, it is kept as {@code <column>_old}, nullable so that inserts
 * go on, and its drop is listed as refused.
 */
final class ExpandContract {

	/** Table pages (8 kB each by default) updated per committed batch of the backfill. */
	static final int PAGES = 100;

	private final Column before;

	private final Column after;

	private final Column added;

	private final Column old;

	private ExpandContract(Column before, Column after) {
		this.before = before;
		this.after = after;
		this.added = new Column(after.relation(), after.name() + "_new", after.type(), false, null, null, null, null,
				after.collation());
		this.old = new Column(before.relation(), before.name() + "_old", before.type(), before.notNull(),
				before.defaultExpression(), null, null, null, before.collation());
	}

	/**
	 * Plans the three pairs, or returns false when the column is one this cannot move alone: an
	 * identity or generated column, or one that an index, constraint, view, trigger, policy,
	 * comment, generated column or {@code BEGIN ATOMIC} routine uses (they would stay with the
	 * old column), or whose {@code _new}/{@code _old} names are taken.
	 */
	static boolean plan(Column before, Column after, Schema current, Schema desired, DdlPlanner planner,
			boolean allowDrop) {
		ExpandContract change = new ExpandContract(before, after);
		if (!change.isMovable(current) || !change.isMovable(desired)) {
			return false;
		}
		String key = after.key();
		planner.plan(new PlannedChange(Phase.EXPAND, Rank.COLUMN, key, change.expand(), change.unexpand()));
		planner.plan(new PlannedChange(Phase.BACKFILL, Rank.COLUMN, key, List.of(change.backfill()), List.of()));
		planner.plan(new PlannedChange(Phase.CONTRACT, Rank.COLUMN, key, change.contract(allowDrop),
				change.uncontract(allowDrop)));
		if (allowDrop) {
			planner.expectLint("drop-column");
		}
		else {
			planner.refuse(change.old, "is the old column --expand-contract keeps (nullable, so that inserts go on)"
					+ " for code still deployed: drop it in a later migration, or pass --allow-drop to drop it in the swap");
		}
		return true;
	}

	private boolean isMovable(Schema schema) {
		Column column = this.after;
		if (this.before.identityGeneration() != null || this.after.identityGeneration() != null
				|| this.before.generated() != null || this.after.generated() != null
				|| schema.find(this.added.key()).isPresent() || schema.find(this.old.key()).isPresent()) {
			return false;
		}
		QualifiedName table = column.relation();
		String name = column.name();
		boolean onTable = schema.all(Index.class).stream()
			.anyMatch((index) -> index.relation().equals(table) && Sql.mentions(index.definition(), name))
				|| schema.all(Constraint.class).stream()
					.anyMatch((constraint) -> (constraint.relation().equals(table)
							|| constraint.definition().contains(" REFERENCES "))
							&& Sql.mentions(constraint.definition(), name))
				|| schema.all(Trigger.class).stream()
					.anyMatch((trigger) -> trigger.relation().equals(table) && Sql.mentions(trigger.definition(), name))
				|| schema.all(Policy.class).stream().anyMatch((policy) -> policy.relation().equals(table))
				|| schema.all(Comment.class).stream().anyMatch((comment) -> comment.on().equals(column.identity()))
				|| schema.columnsOf(table).stream()
					.anyMatch((other) -> other.generatedExpression() != null
							&& Sql.mentions(other.generatedExpression(), name));
		boolean elsewhere = schema.all(View.class).stream()
			.anyMatch((view) -> Sql.mentions(view.query(), table.name()) && Sql.mentions(view.query(), name))
				|| schema.all(Routine.class).stream()
					.anyMatch((routine) -> routine.definition().contains("BEGIN ATOMIC")
							&& Sql.mentions(routine.definition(), table.name()));
		return !onTable && !elsewhere;
	}

	private List<String> expand() {
		return List.of(Ddl.addColumn(this.added), createFunction(), "CREATE TRIGGER " + Sql.quote(syncName())
				+ " BEFORE INSERT OR UPDATE ON " + Sql.name(this.after.relation()) + " FOR EACH ROW EXECUTE FUNCTION "
				+ Sql.name(function()) + "()");
	}

	private List<String> unexpand() {
		return List.of(dropTrigger(), dropFunction(), Ddl.dropColumn(this.added));
	}

	/**
	 * One statement that walks the table {@link #PAGES} pages at a time and commits each batch
	 * (a {@code DO} block may commit when it runs outside a transaction, as a no-transaction
	 * file's statements do), so no lock is held long, each batch is found by a TID range scan
	 * rather than a scan of the table, and a failure keeps what was done. Rows past the pages the
	 * table had at the start were written after the trigger was there: they are in step already.
	 */
	private String backfill() {
		String table = Sql.name(this.after.relation());
		String newColumn = Sql.quote(this.added.name());
		String converted = Sql.quote(this.before.name()) + "::" + this.after.type();
		return """
				DO $backfill$
				DECLARE
					pages bigint := pg_catalog.pg_relation_size(%1$s::regclass)
						/ pg_catalog.current_setting('block_size')::bigint;
					page bigint := 0;
				BEGIN
					WHILE page <= pages LOOP
						UPDATE %2$s SET %3$s = %4$s
							WHERE ctid >= pg_catalog.format('(%%s,0)', page)::tid
							AND ctid < pg_catalog.format('(%%s,0)', page + %5$d)::tid
							AND %3$s IS DISTINCT FROM %4$s;
						COMMIT;
						page := page + %5$d;
					END LOOP;
				END
				$backfill$""".formatted(Sql.literal(table), table, newColumn, converted, PAGES);
	}

	private List<String> contract(boolean allowDrop) {
		List<String> up = new ArrayList<>();
		if (this.after.notNull()) {
			String check = Sql.quote(checkName());
			up.add(Ddl.alterTable(this.added.relation(), "ADD CONSTRAINT " + check + " CHECK ("
					+ Sql.quote(this.added.name()) + " IS NOT NULL) NOT VALID"));
			up.add(Ddl.validate(this.added.relation(), checkName()));
			up.add(Ddl.alterColumn(this.added, "SET NOT NULL"));
			up.add(Ddl.dropConstraint(this.added.relation(), checkName()));
		}
		up.add(dropTrigger());
		up.add(dropFunction());
		up.add(rename(this.before.name(), this.old.name()));
		up.add(rename(this.added.name(), this.after.name()));
		if (this.after.defaultExpression() != null) {
			up.add(Ddl.setDefault(this.after));
		}
		if (allowDrop) {
			up.add(Ddl.dropColumn(this.old));
		}
		else if (this.old.notNull()) {
			up.add(Ddl.alterColumn(this.old, "DROP NOT NULL"));
		}
		return up;
	}

	private List<String> uncontract(boolean allowDrop) {
		List<String> down = new ArrayList<>();
		if (allowDrop) {
			Column nullable = new Column(this.old.relation(), this.old.name(), this.old.type(), false, null, null, null,
					null, this.old.collation());
			down.add(Ddl.addColumn(nullable));
			down.add("UPDATE " + Sql.name(this.old.relation()) + " SET " + Sql.quote(this.old.name()) + " = "
					+ Sql.quote(this.after.name()) + "::" + this.old.type());
			if (this.old.defaultExpression() != null) {
				down.add(Ddl.setDefault(this.old));
			}
		}
		if (this.old.notNull()) {
			down.add(Ddl.alterColumn(this.old, "SET NOT NULL"));
		}
		if (this.after.defaultExpression() != null) {
			down.add(Ddl.alterColumn(this.after, "DROP DEFAULT"));
		}
		down.add(rename(this.after.name(), this.added.name()));
		down.add(rename(this.old.name(), this.before.name()));
		down.addAll(expand().subList(1, 3));
		if (this.after.notNull()) {
			down.add(Ddl.alterColumn(this.added, "DROP NOT NULL"));
		}
		return down;
	}

	private String createFunction() {
		return "CREATE FUNCTION " + Sql.name(function()) + "() RETURNS trigger LANGUAGE plpgsql AS $sync$\nBEGIN\n\tNEW."
				+ Sql.quote(this.added.name()) + " := NEW." + Sql.quote(this.before.name()) + "::" + this.after.type()
				+ ";\n\tRETURN NEW;\nEND\n$sync$";
	}

	private String dropTrigger() {
		return "DROP TRIGGER " + Sql.quote(syncName()) + " ON " + Sql.name(this.after.relation());
	}

	private String dropFunction() {
		return "DROP FUNCTION " + Sql.name(function()) + "()";
	}

	private String rename(String from, String to) {
		return Ddl.alterTable(this.after.relation(), "RENAME COLUMN " + Sql.quote(from) + " TO " + Sql.quote(to));
	}

	private QualifiedName function() {
		return new QualifiedName(this.after.relation().schema(), syncName());
	}

	/** The trigger's and its function's name. */
	private String syncName() {
		return shortened(this.after.relation().name() + "_" + this.after.name() + "_sync");
	}

	private String checkName() {
		return shortened(this.after.relation().name() + "_" + this.added.name() + "_not_null_check");
	}

	private static String shortened(String name) {
		return (name.length() > 63) ? name.substring(0, 63) : name;
	}

}
