package dev.migrator.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CreateMojoTests {

	@TempDir
	Path directory;

	@Test
	void writesTheNextPairIntoTheProjectsMigrationFolder() throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		CreateMojo create = project.goal(new CreateMojo());
		create.name = "create_orders";
		create.kind = "create-table";
		create.onTable = "orders";
		create.columns = List.of("total:numeric:not-null");
		create.execute();
		Path up = project.migrations().directory().resolve("000003_create_orders.up.sql");
		assertThat(up).exists();
		assertThat(Files.readString(up)).contains("orders").contains("total numeric NOT NULL");
		assertThat(project.migrations().directory().resolve("000003_create_orders.down.sql")).exists();
		assertThat(project.log).startsWith(up.toString(), up.toString().replace(".up.", ".down."));
	}

	@Test
	void needsTheTableForAnyKindButBlank() {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		CreateMojo create = project.goal(new CreateMojo());
		create.name = "add_index";
		create.kind = "add-index";
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(create::execute)
			.withMessageContaining("needs onTable");
	}

	@Test
	void writesAnEntityMappedToTheNewTableUnderTheProjectsJavaSources() throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		CreateMojo create = project.goal(new CreateMojo());
		create.name = "create_orders";
		create.kind = "create-table";
		create.onTable = "orders";
		create.columns = List.of("total:numeric:not-null");
		create.entity = "com.acme.Order";
		create.execute();
		Path entity = this.directory.resolve("src/main/java/com/acme/Order.java");
		assertThat(Files.readString(entity)).contains("package com.acme;", "@Entity", "@Table(name = \"orders\")",
				"class Order");
		assertThat(project.log).contains(entity.toString());
	}

	@Test
	void writesARecordIntoTheGivenJavaDirectory() throws Exception {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		CreateMojo create = project.goal(new CreateMojo());
		create.name = "create_orders";
		create.kind = "create-table";
		create.onTable = "orders";
		create.columns = List.of("total:numeric:not-null");
		create.record = "com.acme.Order";
		create.javaDir = project.file("src/generated/java");
		create.execute();
		assertThat(Files.readString(this.directory.resolve("src/generated/java/com/acme/Order.java")))
			.contains("record Order", "RowMapper");
	}

	@Test
	void refusesAnEntityOrRecordThatCannotGoWithTheRequestAndWritesNothing() {
		TestProject project = TestProject.withTwoMigrations(this.directory);
		CreateMojo both = project.goal(new CreateMojo());
		both.name = "create_orders";
		both.kind = "create-table";
		both.onTable = "orders";
		both.entity = "com.acme.Order";
		both.record = "com.acme.OrderRow";
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(both::execute)
			.withMessageContaining("not both");
		CreateMojo notCreateTable = project.goal(new CreateMojo());
		notCreateTable.name = "add_total";
		notCreateTable.kind = "add-column";
		notCreateTable.onTable = "orders";
		notCreateTable.columns = List.of("total:numeric");
		notCreateTable.entity = "com.acme.Order";
		assertThatExceptionOfType(MojoExecutionException.class).isThrownBy(notCreateTable::execute)
			.withMessageContaining("goes with kind create-table");
		assertThat(project.migrations().directory().toFile().list()).hasSize(4);
		assertThat(this.directory.resolve("src/main/java")).doesNotExist();
	}

}
