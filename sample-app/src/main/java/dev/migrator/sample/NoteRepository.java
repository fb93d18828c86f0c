package dev.migrator.sample;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Notes through {@link JdbcClient}, on the schema the migrations made.
 */
@Repository
public class NoteRepository {

	private final JdbcClient jdbc;

	NoteRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Note> findAll() {
		return this.jdbc.sql("""
				SELECT n.id, u.name AS author, n.title, n.body,
				       coalesce(string_agg(t.name, ',' ORDER BY t.name), '') AS tags
				FROM notes n
				JOIN users u ON u.id = n.user_id
				LEFT JOIN note_tags nt ON nt.note_id = n.id
				LEFT JOIN tags t ON t.id = nt.tag_id
				GROUP BY n.id, u.name
				ORDER BY n.id
				""")
			.query((row, number) -> new Note(row.getLong("id"), row.getString("author"), row.getString("title"),
					row.getString("body"), tags(row.getString("tags"))))
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM notes").query(Long.class).single();
	}

	private static List<String> tags(String joined) {
		return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}
