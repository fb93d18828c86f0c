package dev.migrator.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import dev.migrator.GeneratorException;

/**
 * A kind of migration: the templates it renders ({@code <id>.up.sql}, {@code <id>.down.sql}),
 * what its request must give, and what it adds to the templates' model. The built-in kinds
 * are {@link BuiltInKind}; a {@link UserKind} has only templates in the user's folder.
 */
sealed interface MigrationKind permits BuiltInKind, UserKind {

	/** What a request of a kind must give. */
	enum Need {

		/** {@code --table}. */
		TABLE,

		/** At least one {@code --column}. */
		COLUMN,

		/** A type on every column. */
		COLUMN_TYPES,

		/** A {@code references=TABLE(COLUMN)} on the first column. */
		REFERENCED_TABLE

	}

	/** The kind as users name it, and the stem of its templates, e.g. {@code create-table}. */
	String id();

	boolean needs(Need need);

	/** Refuses a column this kind cannot render safely; {@code type} is the column's type after defaults. */
	default void checkColumn(ColumnSpec column, String type) {
	}

	/** Adds the variables only this kind's templates use. */
	default void addTo(Map<String, Object> model, MigrationRequest request) {
	}

	/**
	 * The kind a request names: a built-in one (whose templates the user's folder may override),
	 * else one with an up template in the user's folder.
	 *
	 * @param templateDirectory the user's template folder, or {@code null}
	 */
	static MigrationKind named(String id, Path templateDirectory) {
		for (BuiltInKind kind : BuiltInKind.values()) {
			if (kind.id().equals(id)) {
				return kind;
			}
		}
		if (templateDirectory != null && UserKind.ID.matcher(id).matches()
				&& Files.isRegularFile(templateDirectory.resolve(id + ".up.sql"))) {
			return new UserKind(id);
		}
		throw new GeneratorException("Unknown kind '" + id + "': use one of "
				+ Arrays.stream(BuiltInKind.values()).map(BuiltInKind::id).toList()
				+ ((templateDirectory != null) ? " or add " + id + ".up.sql to " + templateDirectory : ""));
	}

}
