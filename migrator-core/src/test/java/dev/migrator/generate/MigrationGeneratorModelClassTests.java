package dev.migrator.generate;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.GeneratorException;
import dev.migrator.lint.LintConfig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigrationGeneratorModelClassTests {

	@TempDir
	Path project;

	@Test
	void writesTheClassUnderTheSourceFolderTogetherWithThePair() throws Exception {
		GeneratedMigration generated = generator().generate(createOrders(), ModelClass.entity("com.acme.Order", java()));
		assertThat(generated.up()).hasFileName("000001_create_orders.up.sql").exists();
		assertThat(generated.down()).exists();
		assertThat(generated.modelClass()).isEqualTo(java().resolve("com/acme/Order.java"));
		assertThat(Files.readString(generated.modelClass())).contains("public class Order {");
	}

	@Test
	void refusesAnExistingClassFileAndWritesNoPair() throws Exception {
		Path existing = java().resolve("com/acme/Order.java");
		Files.createDirectories(existing.getParent());
		Files.writeString(existing, "// mine");
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> generator().generate(createOrders(), ModelClass.record("com.acme.Order", java())))
			.withMessageContaining(existing + " already exists");
		assertThat(Files.readString(existing)).isEqualTo("// mine");
		assertThat(migrations()).doesNotExist();
	}

	@Test
	void removesThePairWhenTheClassCannotBeWritten() throws Exception {
		Files.writeString(this.project.resolve("src"), "a file where the source folder would be");
		assertThatExceptionOfType(UncheckedIOException.class)
			.isThrownBy(() -> generator().generate(createOrders(), ModelClass.entity("com.acme.Order", java())));
		assertThat(migrations()).isEmptyDirectory();
	}

	@Test
	void refusesAnUnmappedTypeBeforeWritingAnything() {
		MigrationRequest request = createOrders().withColumns("tags:text[]");
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> generator().generate(request, ModelClass.entity("com.acme.Order", java())))
			.withMessageContaining("Column tags has the type text[]");
		assertThat(migrations()).doesNotExist();
	}

	@Test
	void refusesAClassForAKindOtherThanCreateTable() {
		MigrationRequest request = MigrationRequest.of("add_orders_note", "add-column")
			.withTable("orders")
			.withColumns("note:text");
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> generator().generate(request, ModelClass.entity("com.acme.Order", java())))
			.withMessage("Only a create-table migration comes with a class (--entity, --record); this one is"
					+ " add-column.");
		assertThat(migrations()).doesNotExist();
	}

	private static MigrationRequest createOrders() {
		return MigrationRequest.of("create_orders", "create-table").withTable("orders").withColumns("title:text");
	}

	private MigrationGenerator generator() {
		return new MigrationGenerator(migrations(), null, VersionScheme.AUTO, MigrationGeneratorTests.CLOCK,
				LintConfig.defaults());
	}

	private Path migrations() {
		return this.project.resolve("db/migrations");
	}

	private Path java() {
		return this.project.resolve("src/main/java");
	}

}
