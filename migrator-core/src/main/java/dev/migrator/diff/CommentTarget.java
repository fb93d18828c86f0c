package dev.migrator.diff;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.migrator.schema.Column;
import dev.migrator.schema.Comment;
import dev.migrator.schema.Domain;
import dev.migrator.schema.EnumType;
import dev.migrator.schema.QualifiedName;
import dev.migrator.schema.Routine;
import dev.migrator.schema.Schema;
import dev.migrator.schema.SchemaObject;
import dev.migrator.schema.Sequence;
import dev.migrator.schema.Table;
import dev.migrator.schema.View;

/** What a comment is on, as {@code COMMENT ON} names it, looked up in the schema that has the object. */
final class CommentTarget {

	private CommentTarget() {
	}

	/** {@code COMMENT ON <kind> <name>}, empty when the kind of object is not handled. */
	static Optional<String> of(Comment comment, Schema schema) {
		String on = comment.on();
		Optional<String> target = switch (comment.target()) {
			case "schema" -> Optional.of("SCHEMA " + Sql.quote(on));
			case "column" -> schema.find("column " + on).map(Column.class::cast)
				.map((column) -> "COLUMN " + Sql.name(column.relation()) + "." + Sql.quote(column.name()));
			case "function" -> schema.find("function " + on).map(Routine.class::cast)
				.map((routine) -> "ROUTINE " + Sql.name(routine.name()) + "(" + routine.arguments() + ")");
			case "relation" -> relationKind(on, schema);
			case "type" -> schema.find("enum " + on).or(() -> schema.find("domain " + on))
				.map((type) -> (type instanceof Domain domain) ? "DOMAIN " + Sql.name(domain.name())
						: "TYPE " + Sql.name(((EnumType) type).name()));
			default -> Optional.empty();
		};
		return target.map((kind) -> "COMMENT ON " + kind);
	}

	private static Optional<String> relationKind(String on, Schema schema) {
		for (String kind : List.of("table", "view", "materialized view", "sequence", "foreign table")) {
			Optional<SchemaObject> relation = schema.find(kind + " " + on);
			if (relation.isPresent()) {
				QualifiedName name = ((relation.get() instanceof Table table) ? table.name()
						: (relation.get() instanceof View view) ? view.name() : ((Sequence) relation.get()).name());
				return Optional.of(kind.toUpperCase(Locale.ROOT) + " " + Sql.name(name));
			}
		}
		return Optional.empty();
	}

}
