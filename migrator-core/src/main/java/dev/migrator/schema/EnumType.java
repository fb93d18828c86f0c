package dev.migrator.schema;

import java.util.List;
import java.util.stream.Collectors;

/** An enum type with its labels in their sort order. */
public record EnumType(QualifiedName name, List<String> labels) implements SchemaObject {

	public EnumType {
		labels = List.copyOf(labels);
	}

	@Override
	public String kind() {
		return "enum";
	}

	@Override
	public String identity() {
		return this.name.toString();
	}

	@Override
	public String describe() {
		return this.labels.stream().map(EnumType::quoteLiteral).collect(Collectors.joining(", "));
	}

	/** As PostgreSQL's {@code quote_literal}: a label with a backslash needs the {@code E''} form. */
	private static String quoteLiteral(String label) {
		String quoted = "'" + label.replace("'", "''").replace("\\", "\\\\") + "'";
		return label.contains("\\") ? "E" + quoted : quoted;
	}

}
