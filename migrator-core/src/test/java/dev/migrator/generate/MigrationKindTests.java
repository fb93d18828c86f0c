package dev.migrator.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrator.GeneratorException;
import dev.migrator.generate.MigrationKind.Need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class MigrationKindTests {

	@TempDir
	Path templates;

	@ParameterizedTest
	@EnumSource(BuiltInKind.class)
	void everyBuiltInKindIsFoundByItsIdAndShipsBothTemplates(BuiltInKind kind) {
		assertThat(MigrationKind.named(kind.id(), null)).isSameAs(kind);
		ClassLoader loader = getClass().getClassLoader();
		assertThat(loader.getResource("dev/migrator/generate/templates/" + kind.id() + ".up.sql")).isNotNull();
		assertThat(loader.getResource("dev/migrator/generate/templates/" + kind.id() + ".down.sql")).isNotNull();
	}

	static Stream<Arguments> needs() {
		return Stream.of(arguments(BuiltInKind.BLANK, EnumSet.noneOf(Need.class)),
				arguments(BuiltInKind.CREATE_TABLE, EnumSet.of(Need.TABLE, Need.COLUMN_TYPES)),
				arguments(BuiltInKind.ADD_COLUMN, EnumSet.of(Need.TABLE, Need.COLUMN, Need.COLUMN_TYPES)),
				arguments(BuiltInKind.ADD_NOT_NULL_COLUMN, EnumSet.of(Need.TABLE, Need.COLUMN, Need.COLUMN_TYPES)),
				arguments(BuiltInKind.ADD_INDEX, EnumSet.of(Need.TABLE)),
				arguments(BuiltInKind.ADD_FOREIGN_KEY, EnumSet.of(Need.TABLE, Need.COLUMN, Need.REFERENCED_TABLE)),
				arguments(BuiltInKind.ADD_CHECK_CONSTRAINT, EnumSet.of(Need.TABLE)),
				arguments(BuiltInKind.RENAME_COLUMN, EnumSet.of(Need.TABLE, Need.COLUMN)),
				arguments(BuiltInKind.CHANGE_COLUMN_TYPE, EnumSet.of(Need.TABLE, Need.COLUMN)),
				arguments(new UserKind("add-audit"), EnumSet.of(Need.TABLE)),
				arguments(new UserKind("add-column-audited"), EnumSet.of(Need.TABLE, Need.COLUMN_TYPES)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("needs")
	void eachKindNeedsWhatItsTemplatesUse(MigrationKind kind, Set<Need> expected) {
		assertThat(EnumSet.allOf(Need.class)).filteredOn(kind::needs).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void aUserTemplateOverridingABuiltInKindKeepsThatKindsRules() throws IOException {
		Files.writeString(this.templates.resolve("add-index.up.sql"), "SELECT 1;\n");
		assertThat(MigrationKind.named("add-index", this.templates)).isSameAs(BuiltInKind.ADD_INDEX);
	}

	@Test
	void aKindWithAnUpTemplateInTheUserFolderIsAUserKind() throws IOException {
		Files.writeString(this.templates.resolve("add-audit.up.sql"), "SELECT 1;\n");
		assertThat(MigrationKind.named("add-audit", this.templates)).isEqualTo(new UserKind("add-audit"));
	}

	@Test
	void anUnknownKindListsTheBuiltInOnesAndWhereToAddIt() {
		assertThatExceptionOfType(GeneratorException.class).isThrownBy(() -> MigrationKind.named("add-audit", null))
			.withMessage("Unknown kind 'add-audit': use one of [blank, create-table, add-column, add-not-null-column,"
					+ " add-index, add-foreign-key, add-check-constraint, rename-column, change-column-type]");
		assertThatExceptionOfType(GeneratorException.class)
			.isThrownBy(() -> MigrationKind.named("add-audit", this.templates))
			.withMessageEndingWith("change-column-type] or add add-audit.up.sql to " + this.templates);
	}

	@ParameterizedTest
	@ValueSource(strings = { "../outside", "nested/kind", "Upper", "-dash" })
	void aKindNameThatIsNotPlainNeverReachesTheFileSystem(String id) throws IOException {
		Path userFolder = Files.createDirectories(this.templates.resolve("user"));
		Path template = userFolder.resolve(id + ".up.sql");
		Files.createDirectories(template.getParent());
		Files.writeString(template, "SELECT 1;\n");
		assertThatExceptionOfType(GeneratorException.class).isThrownBy(() -> MigrationKind.named(id, userFolder))
			.withMessageStartingWith("Unknown kind '" + id + "'");
	}

}
