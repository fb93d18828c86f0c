package dev.migrator.hibernate;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Gives the foreign keys, unique constraints and indexes Hibernate named itself the names
 * PostgreSQL gives them when none is written. Where an entity names none, Hibernate makes one
 * up from a hash ({@code FK6l5hbe2pvaf6rkhy7ux5q8vyj}); the same constraint written without
 * a name in a migration ({@code REFERENCES users}) is named by PostgreSQL
 * ({@code notes_user_id_fkey}). Neither name was chosen by anyone, and under migrations
 * Hibernate's is never used, so the schema is compared with PostgreSQL's. Names an entity
 * gives ({@code @ForeignKey(name = …)}, {@code @UniqueConstraint(name = …)},
 * {@code @Index(name = …)}) are left as they are.
 */
final class PostgresDefaultNames {

	/**
	 * Hibernate's hashed names: {@code FK}, {@code UK} or {@code IDX} and a base-35 hash of 24
	 * or 25 characters (folded to lower case, as Hibernate does not quote them).
	 */
	private static final String HASHED = "^(fk|uk|idx)[0-9a-z]{20,}$";

	private static final int MAX_IDENTIFIER_BYTES = 63;

	private static final String CONSTRAINTS = """
			SELECT n.nspname, c.relname, con.conname, con.contype,
			       array(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)
			             JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum ORDER BY k.ord)
			FROM pg_constraint con
			JOIN pg_class c ON c.oid = con.conrelid
			JOIN pg_namespace n ON n.oid = c.relnamespace
			WHERE con.contype IN ('f', 'u') AND con.conname ~* '%1$s'
			UNION ALL
			SELECT n.nspname, t.relname, i.relname, 'i',
			       array(SELECT a.attname FROM unnest(x.indkey) WITH ORDINALITY AS k(attnum, ord)
			             JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum ORDER BY k.ord)
			FROM pg_index x
			JOIN pg_class i ON i.oid = x.indexrelid
			JOIN pg_class t ON t.oid = x.indrelid
			JOIN pg_namespace n ON n.oid = i.relnamespace
			WHERE i.relname ~* '%1$s' AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid)
			ORDER BY 1, 2, 4, 3
			""".formatted(HASHED);

	private static final String TAKEN = """
			SELECT n.nspname || '.' || con.conname FROM pg_constraint con JOIN pg_namespace n ON n.oid = con.connamespace
			UNION SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
			""";

	private PostgresDefaultNames() {
	}

	static void apply(DataSource database) {
		try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
			Set<String> taken = new HashSet<>(strings(statement, TAKEN));
			for (Named named : hashed(statement)) {
				String name = named.defaultName(taken);
				taken.add(named.schema() + "." + name);
				statement.execute(named.rename(name));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not give Hibernate's generated constraint names PostgreSQL's", ex);
		}
	}

	private static List<Named> hashed(Statement statement) throws SQLException {
		List<Named> found = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(CONSTRAINTS)) {
			while (rows.next()) {
				Array columns = rows.getArray(5);
				found.add(new Named(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
						List.of((String[]) columns.getArray())));
			}
		}
		return found;
	}

	private static List<String> strings(Statement statement, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	/**
	 * A constraint ({@code f}, {@code u}) or an index ({@code i}) Hibernate named.
	 */
	private record Named(String schema, String table, String name, String kind, List<String> columns) {

		/** As PostgreSQL's {@code ChooseConstraintName}/{@code ChooseRelationName}: a number after the label when taken. */
		String defaultName(Set<String> taken) {
			String label = switch (this.kind) {
				case "f" -> "fkey";
				case "u" -> "key";
				default -> "idx";
			};
			String candidate = objectName(label);
			for (int pass = 1; taken.contains(this.schema + "." + candidate); pass++) {
				candidate = objectName(label + pass);
			}
			return candidate;
		}

		String rename(String to) {
			String table = quote(this.schema) + "." + quote(this.table);
			return "i".equals(this.kind) ? "ALTER INDEX " + quote(this.schema) + "." + quote(this.name) + " RENAME TO " + quote(to)
					: "ALTER TABLE " + table + " RENAME CONSTRAINT " + quote(this.name) + " TO " + quote(to);
		}

		/** PostgreSQL's {@code makeObjectName}: table and columns shortened, the longer first, to fit 63 bytes. */
		private String objectName(String label) {
			String first = this.table;
			String second = String.join("_", this.columns);
			int available = MAX_IDENTIFIER_BYTES - label.length() - 2;
			int firstLength = bytes(first);
			int secondLength = bytes(second);
			while (firstLength + secondLength > available) {
				if (firstLength > secondLength) {
					firstLength--;
				}
				else {
					secondLength--;
				}
			}
			return clip(first, firstLength) + "_" + clip(second, secondLength) + "_" + label;
		}

		private static int bytes(String text) {
			return text.getBytes(StandardCharsets.UTF_8).length;
		}

		/** At most {@code length} bytes, never half a character. */
		private static String clip(String text, int length) {
			StringBuilder clipped = new StringBuilder();
			int used = 0;
			for (int i = 0; i < text.length();) {
				int codePoint = text.codePointAt(i);
				int size = bytes(new String(Character.toChars(codePoint)));
				if (used + size > length) {
					break;
				}
				clipped.appendCodePoint(codePoint);
				used += size;
				i += Character.charCount(codePoint);
			}
			return clipped.toString();
		}

		private static String quote(String identifier) {
			return '"' + identifier.replace("\"", "\"\"") + '"';
		}

	}

}
