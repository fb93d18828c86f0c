package dev.migrator.diff;

import java.util.List;

import dev.migrator.schema.Column;
import dev.migrator.schema.Comment;
import dev.migrator.schema.Constraint;
import dev.migrator.schema.Domain;
import dev.migrator.schema.DomainConstraint;
import dev.migrator.schema.EnumType;
import dev.migrator.schema.Extension;
import dev.migrator.schema.Index;
import dev.migrator.schema.Namespace;
import dev.migrator.schema.Routine;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaObject;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.Trigger;
import dev.migrator.schema.View;

/** Any object's plain create and drop statements, for the kinds whose change is just that. */
final class ObjectDdl {

	private ObjectDdl() {
	}

	/** The statement that drops the object; a comment is set to NULL. */
	static String drop(SchemaObject object, Schema schema) {
		if (object instanceof Namespace namespace) {
			return "DROP SCHEMA " + Sql.quote(namespace.name());
		}
		if (object instanceof Extension extension) {
			return "DROP EXTENSION " + Sql.quote(extension.name());
		}
		if (object instanceof EnumType type) {
			return Ddl.dropType(type.name(), "type");
		}
		if (object instanceof Domain domain) {
			return Ddl.dropType(domain.name(), "domain");
		}
		if (object instanceof DomainConstraint constraint) {
			return Ddl.dropDomainConstraint(constraint);
		}
		if (object instanceof Sequence sequence) {
			return Ddl.dropSequence(sequence);
		}
		if (object instanceof Table table) {
			return Ddl.dropTable(table);
		}
		if (object instanceof Column column) {
			return Ddl.dropColumn(column);
		}
		if (object instanceof Constraint constraint) {
			return Ddl.dropConstraint(constraint.relation(), constraint.name());
		}
		if (object instanceof Index index) {
			return Ddl.dropIndex(index.name(), false);
		}
		if (object instanceof View view) {
			return Ddl.dropView(view);
		}
		if (object instanceof Routine routine) {
			return Ddl.dropRoutine(routine);
		}
		if (object instanceof Trigger trigger) {
			return Ddl.dropTrigger(trigger);
		}
		Comment comment = (Comment) object;
		return CommentTarget.of(comment, schema).orElseThrow() + " IS NULL";
	}

	/** The statements that create the object as the schema has it; empty when it is not handled. */
	static List<String> create(SchemaObject object, Schema schema) {
		if (object instanceof Namespace namespace) {
			return List.of("CREATE SCHEMA " + Sql.quote(namespace.name()));
		}
		if (object instanceof Extension extension) {
			return List.of("CREATE EXTENSION " + Sql.quote(extension.name()) + " SCHEMA " + Sql.quote(extension.schema()));
		}
		if (object instanceof EnumType type) {
			return List.of(Ddl.createEnum(type));
		}
		if (object instanceof Domain domain) {
			return List.of(Ddl.createDomain(domain));
		}
		if (object instanceof DomainConstraint constraint) {
			return List.of(Ddl.addDomainConstraint(constraint));
		}
		if (object instanceof Sequence sequence) {
			return List.of(Ddl.createSequence(sequence));
		}
		if (object instanceof Table table && !table.foreign()) {
			return List.of(Ddl.createTable(table, schema));
		}
		if (object instanceof Column column) {
			return List.of(Ddl.addColumn(column));
		}
		if (object instanceof Constraint constraint) {
			return List.of(Ddl.addConstraint(constraint, !constraint.validated()));
		}
		if (object instanceof Index index) {
			return List.of(Ddl.createIndex(index.definition(), false));
		}
		if (object instanceof View view) {
			return List.of(Ddl.createView(view));
		}
		if (object instanceof Routine routine && routine.routineKind() != Routine.Kind.AGGREGATE) {
			return List.of(Ddl.createRoutine(routine));
		}
		if (object instanceof Trigger trigger) {
			return Ddl.createTrigger(trigger);
		}
		if (object instanceof Comment comment) {
			return CommentTarget.of(comment, schema).map((target) -> List.of(target + " IS " + Sql.literal(comment.text())))
				.orElse(List.of());
		}
		return List.of();
	}

}
