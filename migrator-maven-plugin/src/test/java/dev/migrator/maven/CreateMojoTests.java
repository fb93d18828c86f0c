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

}
