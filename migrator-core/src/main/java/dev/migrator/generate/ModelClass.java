package dev.migrator.generate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A Java class to write next to a {@code create-table} migration, mapped to the new table:
 * a JPA entity or a record with a Spring JDBC {@code RowMapper}.
 *
 * @param className the fully qualified name, e.g. {@code com.acme.Order}
 * @param style an entity or a record
 * @param sourceDirectory the source root it goes under, e.g. {@code src/main/java}
 */
public record ModelClass(String className, Style style, Path sourceDirectory) {

	/** The source root of a Maven or Gradle project, relative to its folder. */
	public static final Path DEFAULT_SOURCE_DIRECTORY = Path.of("src", "main", "java");

	/** What kind of class to write; each is rendered by its own template, {@code <id>.java}. */
	public enum Style {

		/** A JPA {@code @Entity}, rendered by {@code entity.java}. */
		ENTITY("entity"),

		/** A Java record with a nested Spring JDBC {@code RowMapper}, rendered by {@code record.java}. */
		RECORD("record");

		private final String template;

		Style(String id) {
			this.template = id + ".java";
		}

		/** The template that renders it, in the user's folder or built in. */
		public String template() {
			return this.template;
		}

	}

	public ModelClass {
		Objects.requireNonNull(className, "className");
		Objects.requireNonNull(style, "style");
		sourceDirectory = (sourceDirectory != null) ? sourceDirectory : DEFAULT_SOURCE_DIRECTORY;
	}

	/** A JPA entity under {@code sourceDirectory} ({@code null}: {@code src/main/java}). */
	public static ModelClass entity(String className, Path sourceDirectory) {
		return new ModelClass(className, Style.ENTITY, sourceDirectory);
	}

	/** A record and its {@code RowMapper} under {@code sourceDirectory} ({@code null}: {@code src/main/java}). */
	public static ModelClass record(String className, Path sourceDirectory) {
		return new ModelClass(className, Style.RECORD, sourceDirectory);
	}

}
