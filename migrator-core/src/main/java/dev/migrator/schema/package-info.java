/**
 * A typed model of a PostgreSQL database's schema, read from {@code pg_catalog} in one round
 * trip ({@link dev.migrator.schema.Schema#read}), and the structural difference between two
 * schemas as typed changes ({@link dev.migrator.schema.SchemaDiff},
 * {@link dev.migrator.schema.SchemaChange}).
 * <p>
 * The model holds user objects only, free of OIDs and owners, so two databases built from the
 * same SQL read as equal. {@code verify} renders its sentences from these changes;
 * autogenerate builds on them too, planning each typed change (a column added, a column's
 * type or default or nullability changed, a constraint or an index added, an enum value
 * added, ...) into DDL.
 */
package dev.migrator.schema;
