package dev.migrator.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A set of N migrations, the same statements written once per tool in that tool's naming.
 * Migration i creates table {@code t<i>} with eight columns and a foreign key to
 * {@code t<i-1>}, indexes the key and inserts three rows, so every migration does real
 * catalog work and a commit, as a typical schema change does.
 */
final class GeneratedMigrations {

	private final Path root;

	private final List<List<String>> statements;

	private GeneratedMigrations(Path root, List<List<String>> statements) {
		this.root = root;
		this.statements = statements;
	}

	static GeneratedMigrations write(Path root, int count) throws IOException {
		List<List<String>> statements = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			statements.add(statements(i));
		}
		GeneratedMigrations migrations = new GeneratedMigrations(root, List.copyOf(statements));
		migrations.writeMigrator();
		migrations.writeFlyway();
		migrations.writeLiquibase();
		return migrations;
	}

	static List<String> statements(int i) {
		String references = (i > 1) ? " REFERENCES t" + (i - 1) + " (id)" : "";
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE t" + i + " (\n" + "\tid bigint PRIMARY KEY,\n" + "\tparent_id bigint"
				+ references + ",\n" + "\tname text NOT NULL,\n" + "\tcode varchar(32) NOT NULL,\n"
				+ "\tamount numeric(12, 2) NOT NULL DEFAULT 0,\n" + "\tactive boolean NOT NULL DEFAULT true,\n"
				+ "\tcreated_at timestamptz NOT NULL DEFAULT now(),\n" + "\tnote text\n" + ")");
		statements.add("CREATE INDEX t" + i + "_parent_id_idx ON t" + i + " (parent_id)");
		for (int row = 1; row <= 3; row++) {
			String parent = (i > 1) ? String.valueOf(row) : "NULL";
			statements.add("INSERT INTO t" + i + " (id, parent_id, name, code, amount) VALUES (" + row + ", "
					+ parent + ", 'row " + row + " of t" + i + "', 'C" + i + "-" + row + "', " + row + ".50)");
		}
		return statements;
	}

	int count() {
		return this.statements.size();
	}

	/** Each migration's statements, for the floor, which runs them without reading files. */
	List<List<String>> statements() {
		return this.statements;
	}

	Path folder(Tool tool) {
		return this.root.resolve(tool.name().toLowerCase(Locale.ROOT));
	}

	private void writeMigrator() throws IOException {
		Path folder = Files.createDirectories(folder(Tool.MIGRATOR));
		for (int i = 1; i <= count(); i++) {
			String name = String.format("%06d_create_t%d", i, i);
			Files.writeString(folder.resolve(name + ".up.sql"), script(i), StandardCharsets.UTF_8);
			Files.writeString(folder.resolve(name + ".down.sql"), "DROP TABLE t" + i + ";\n", StandardCharsets.UTF_8);
		}
	}

	private void writeFlyway() throws IOException {
		Path folder = Files.createDirectories(folder(Tool.FLYWAY));
		for (int i = 1; i <= count(); i++) {
			Files.writeString(folder.resolve("V" + i + "__create_t" + i + ".sql"), script(i), StandardCharsets.UTF_8);
		}
	}

	/**
	 * One formatted-SQL changelog with a changeset per migration: Liquibase then parses
	 * one file instead of resolving an include per migration, its fastest idiomatic setup.
	 */
	private void writeLiquibase() throws IOException {
		Path folder = Files.createDirectories(folder(Tool.LIQUIBASE));
		try (Writer writer = Files.newBufferedWriter(folder.resolve(Tool.LIQUIBASE_CHANGELOG))) {
			writer.write("--liquibase formatted sql\n");
			for (int i = 1; i <= count(); i++) {
				writer.write("\n--changeset bench:" + i + "\n");
				writer.write(script(i));
				writer.write("--rollback DROP TABLE t" + i + ";\n");
			}
		}
	}

	private String script(int i) {
		StringBuilder script = new StringBuilder();
		for (String statement : this.statements.get(i - 1)) {
			script.append(statement).append(";\n");
		}
		return script.toString();
	}

}
