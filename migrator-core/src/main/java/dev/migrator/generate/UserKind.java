package dev.migrator.generate;

import java.util.regex.Pattern;

/**
 * A kind with only templates in the user's folder. It needs a table; its templates see the
 * variables every kind gets.
 *
 * @param id the kind's name, the stem of its templates
 */
record UserKind(String id) implements MigrationKind {

	/** Plain names only, so a kind never points outside the template folder. */
	static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");

	@Override
	public boolean needs(Need need) {
		return switch (need) {
			case TABLE -> true;
			// An add-column variant renders column definitions, which a missing type would break.
			case COLUMN_TYPES -> this.id.startsWith("add-column");
			case COLUMN, REFERENCED_TABLE -> false;
		};
	}

}
