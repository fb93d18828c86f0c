package dev.migrator.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class CreateCommandTests {

	final CliRunner cli = new CliRunner();

	@TempDir
	Path project;

	@Test
	void entityWritesTheClassUnderTheJavaDirWithThePairAndPrintsItsPath() throws Exception {
		CliRunner.Result created = create("create_orders", "--kind", "create-table", "--on-table", "orders", "--column",
				"total:numeric(12,2):not-null", "--entity", "com.acme.Order", "--java-dir", java().toString());
		assertThat(created.exitCode()).as(created.err()).isZero();
		Path entity = java().resolve("com/acme/Order.java");
		assertThat(created.out()).contains(migrations().resolve("000001_create_orders.up.sql").toString())
			.contains(migrations().resolve("000001_create_orders.down.sql").toString())
			.contains(entity.toString());
		assertThat(Files.readString(entity)).contains("@Table(name = \"orders\")")
			.contains("@Column(name = \"total\", nullable = false, precision = 12, scale = 2)");
	}

	@Test
	void recordWritesARecordAndJsonNamesIt() throws Exception {
		CliRunner.Result created = create("create_orders", "--kind", "create-table", "--on-table", "orders", "--column",
				"title:text", "--record", "com.acme.OrderRow", "--java-dir", java().toString(), "--format", "json");
		assertThat(created.exitCode()).as(created.err()).isZero();
		Path record = java().resolve("com/acme/OrderRow.java");
		assertThat(created.json().get("modelClass").asString()).isEqualTo(record.toString());
		assertThat(Files.readString(record)).contains("public record OrderRow(")
			.contains("implements RowMapper<OrderRow>");
	}

	static Stream<Arguments> refusedUsages() {
		return Stream.of(
				arguments(new String[] { "add_orders_note", "--kind", "add-column", "--on-table", "orders", "--column",
						"note:text", "--entity", "com.acme.Order" }, "--entity goes with --kind create-table"),
				arguments(new String[] { "add_blank", "--record", "com.acme.Order" },
						"--record goes with --kind create-table"),
				arguments(new String[] { "create_orders", "--kind", "create-table", "--on-table", "orders", "--entity",
						"com.acme.Order", "--record", "com.acme.OrderRow" }, "--entity or --record, not both"),
				arguments(new String[] { "create_orders", "--kind", "create-table", "--on-table", "orders",
						"--java-dir", "src/main/java" }, "--java-dir goes with --entity or --record"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("refusedUsages")
	void refusesTheClassOptionsWhereTheyDoNotFitAsAUsageError(String[] args, String message) {
		CliRunner.Result refused = create(args);
		assertThat(refused.exitCode()).isEqualTo(2);
		assertThat(refused.err()).contains(message);
		assertThat(migrations()).doesNotExist();
	}

	@Test
	void refusesAnExistingClassAndAnUnmappedTypeWritingNothing() throws Exception {
		Path existing = java().resolve("com/acme/Order.java");
		Files.createDirectories(existing.getParent());
		Files.writeString(existing, "// mine");
		CliRunner.Result exists = create("create_orders", "--kind", "create-table", "--on-table", "orders",
				"--column", "title:text", "--entity", "com.acme.Order", "--java-dir", java().toString());
		assertThat(exists.exitCode()).isEqualTo(1);
		assertThat(exists.err()).contains(existing + " already exists");
		CliRunner.Result unmapped = create("create_orders", "--kind", "create-table", "--on-table", "orders",
				"--column", "tags:text[]", "--entity", "com.acme.Tagged", "--java-dir", java().toString());
		assertThat(unmapped.exitCode()).isEqualTo(1);
		assertThat(unmapped.err()).contains("Column tags has the type text[]");
		assertThat(migrations()).doesNotExist();
		assertThat(Files.readString(existing)).isEqualTo("// mine");
	}

	@Test
	void aTemplatesFolderOverridesTheEntityTemplate() throws Exception {
		Path templates = Files.createDirectories(this.project.resolve("templates"));
		Files.writeString(templates.resolve("entity.java"),
				"package [(${packageName})];\n\n// [(${tableName})] in house style\nclass [(${className})] {\n}\n");
		CliRunner.Result created = create("create_orders", "--kind", "create-table", "--on-table", "orders", "--column",
				"title:text", "--entity", "com.acme.Order", "--java-dir", java().toString(), "--templates",
				templates.toString());
		assertThat(created.exitCode()).as(created.err()).isZero();
		assertThat(Files.readString(java().resolve("com/acme/Order.java")))
			.isEqualTo("package com.acme;\n\n// orders in house style\nclass Order {\n}\n");
	}

	private CliRunner.Result create(String... args) {
		String[] all = new String[args.length + 3];
		all[0] = "create";
		System.arraycopy(args, 0, all, 1, args.length);
		all[args.length + 1] = "--dir";
		all[args.length + 2] = migrations().toString();
		return this.cli.run(all);
	}

	private Path migrations() {
		return this.project.resolve("db/migrations");
	}

	private Path java() {
		return this.project.resolve("src/main/java");
	}

}
