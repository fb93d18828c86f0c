package dev.migrator.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a file shaped like {@code pg_dump} output: session settings, then per table a
 * {@code CREATE TABLE}, a PL/pgSQL function in dollar quotes, a {@code COPY … FROM stdin}
 * block of tab-separated rows ended by {@code \.}, and a few {@code INSERT}s, until the
 * file reaches the requested size. Each COPY block stays under a megabyte, as a dump of
 * many moderate tables would.
 */
final class DumpFile {

	private static final int ROWS_PER_TABLE = 10_000;

	private DumpFile() {
	}

	/** Writes at least {@code minimumBytes} and returns the file's size. */
	static long write(Path file, long minimumBytes) throws IOException {
		try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write("--\n-- PostgreSQL database dump\n--\n\n");
			writer.write("SET statement_timeout = 0;\nSET client_encoding = 'UTF8';\n"
					+ "SET standard_conforming_strings = on;\n"
					+ "SELECT pg_catalog.set_config('search_path', '', false);\n\n");
			for (int table = 1; Files.size(file) < minimumBytes; table++) {
				writeTable(writer, table);
				writer.flush();
			}
		}
		return Files.size(file);
	}

	private static void writeTable(Writer writer, int table) throws IOException {
		String name = "public.items_" + table;
		writer.write("--\n-- Name: items_" + table + "; Type: TABLE; Schema: public; Owner: postgres\n--\n\n");
		writer.write("CREATE TABLE " + name + " (\n    id bigint NOT NULL,\n    name text,\n"
				+ "    price numeric(10,2),\n    tags text[],\n    created_at timestamp with time zone\n);\n\n");
		writer.write("ALTER TABLE " + name + " OWNER TO postgres;\n\n");
		writer.write("CREATE FUNCTION public.touch_items_" + table + "() RETURNS trigger\n"
				+ "    LANGUAGE plpgsql\n    AS $_$\nBEGIN\n"
				+ "    -- a semicolon; inside a body must not end the statement\n"
				+ "    NEW.created_at := now();\n    NEW.name := coalesce(NEW.name, 'it''s $1;');\n"
				+ "    RETURN NEW;\nEND;\n$_$;\n\n");
		writer.write("COPY " + name + " (id, name, price, tags, created_at) FROM stdin;\n");
		for (int row = 1; row <= ROWS_PER_TABLE; row++) {
			writer.write(row + "\titem " + row + " of table " + table + "; it's ok\t" + (row % 1000) + "."
					+ (row % 100) + "\t{red,\"big; blue\"}\t2025-01-0" + (1 + row % 9) + " 12:34:56+00\n");
		}
		writer.write("\\.\n\n");
		for (int row = 1; row <= 3; row++) {
			writer.write("INSERT INTO public.audit (item_table, note) VALUES ('items_" + table + "', 'loaded; row "
					+ row + " /* not a comment */');\n");
		}
		writer.write("\nCREATE INDEX items_" + table + "_name_idx ON " + name + " USING btree (name);\n\n");
	}

}
