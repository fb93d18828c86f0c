package dev.migrator.hibernate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * Finds an application's {@code @SpringBootApplication} class among its compiled classes,
 * reading their bytes only, so that no class is loaded (and no static initialiser runs) to
 * look at it.
 */
final class ApplicationClass {

	private static final String APPLICATION = "org.springframework.boot.autoconfigure.SpringBootApplication";

	private static final String CONFIGURATION = "org.springframework.boot.SpringBootConfiguration";

	private ApplicationClass() {
	}

	/**
	 * The one class annotated {@code @SpringBootApplication} or, when there is none, the one
	 * annotated {@code @SpringBootConfiguration}.
	 */
	static String findIn(List<Path> classesDirectories) {
		List<AnnotationMetadata> classes = classesDirectories.stream().flatMap((directory) -> read(directory).stream()).toList();
		List<String> applications = annotated(classes, APPLICATION);
		List<String> candidates = applications.isEmpty() ? annotated(classes, CONFIGURATION) : applications;
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		String found = candidates.isEmpty() ? "no class annotated @SpringBootApplication or @SpringBootConfiguration"
				: "several classes annotated @SpringBootApplication or @SpringBootConfiguration (" + String.join(", ",
						candidates) + ")";
		throw new IllegalStateException("Found " + found + " in " + String.join(", ",
				classesDirectories.stream().map(Path::toString).toList())
				+ "; name the application class (in the Maven plugin's configuration, or as"
				+ " MigratorAssertions.assertEntitiesMatchMigrations(YourApplication.class))");
	}

	private static List<String> annotated(List<AnnotationMetadata> classes, String annotation) {
		return classes.stream()
			.filter((metadata) -> metadata.isAnnotated(annotation))
			.map(AnnotationMetadata::getClassName)
			.sorted()
			.toList();
	}

	private static List<AnnotationMetadata> read(Path classesDirectory) {
		if (!Files.isDirectory(classesDirectory)) {
			throw new IllegalStateException("No classes directory " + classesDirectory + " to find the application class in");
		}
		MetadataReaderFactory readers = new SimpleMetadataReaderFactory(ApplicationClass.class.getClassLoader());
		try (Stream<Path> files = Files.walk(classesDirectory)) {
			return files.filter((file) -> file.getFileName().toString().endsWith(".class"))
				.filter((file) -> !file.getFileName().toString().equals("module-info.class"))
				.map((file) -> metadata(readers, file))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list " + classesDirectory, ex);
		}
	}

	private static AnnotationMetadata metadata(MetadataReaderFactory readers, Path file) {
		try {
			return readers.getMetadataReader(new FileSystemResource(file)).getAnnotationMetadata();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + file, ex);
		}
	}

}
