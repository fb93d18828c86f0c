package dev.migrator.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import dev.migrator.Plural;

/**
 * A database's schema as read from {@code pg_catalog}: every user object, by key, free of OIDs
 * and owners, so two databases built the same way give equal schemas. Objects that belong to an
 * extension are left out (the extension itself is listed), and so are the given tables.
 */
public final class Schema {

	private final SortedMap<String, SchemaObject> objects;

	Schema(Collection<? extends SchemaObject> objects) {
		TreeMap<String, SchemaObject> byKey = new TreeMap<>();
		objects.forEach((object) -> byKey.put(object.key(), object));
		this.objects = Collections.unmodifiableSortedMap(byKey);
	}

	private Schema(SortedMap<String, SchemaObject> objects) {
		this.objects = Collections.unmodifiableSortedMap(objects);
	}

	/**
	 * Reads the schema of the connection's database, in one round trip.
	 * @param excludedTables names of tables to leave out in every schema, such as the
	 * migration history and its log
	 */
	public static Schema read(Connection connection, Set<String> excludedTables) throws SQLException {
		return new Schema(SchemaReader.read(connection, excludedTables));
	}

	/** The same schema without the order of columns, for comparing what the columns are. */
	public Schema withoutColumnOrder() {
		TreeMap<String, SchemaObject> objects = new TreeMap<>(this.objects);
		objects.values().removeIf(ColumnOrder.class::isInstance);
		return new Schema(objects);
	}

	/** Every object, by key, in the order of the keys. */
	public Map<String, SchemaObject> objects() {
		return this.objects;
	}

	public Optional<SchemaObject> find(String key) {
		return Optional.ofNullable(this.objects.get(key));
	}

	/** Every object of the given type ({@code Table.class}, {@code Index.class}, ...), in the order of their keys. */
	public <T extends SchemaObject> List<T> all(Class<T> type) {
		return this.objects.values().stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** The relation's columns, in the order they stand (by name when read without column order). */
	public List<Column> columnsOf(QualifiedName relation) {
		List<Column> columns = all(Column.class).stream().filter((column) -> column.relation().equals(relation)).toList();
		Object order = this.objects.get("column order " + relation);
		if (order instanceof ColumnOrder columnOrder) {
			return columns.stream()
				.sorted(Comparator.comparingInt((column) -> columnOrder.columns().indexOf(column.name())))
				.toList();
		}
		return columns;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Schema schema && this.objects.equals(schema.objects);
	}

	@Override
	public int hashCode() {
		return this.objects.hashCode();
	}

	@Override
	public String toString() {
		return Plural.of(this.objects.size(), "object");
	}

}
