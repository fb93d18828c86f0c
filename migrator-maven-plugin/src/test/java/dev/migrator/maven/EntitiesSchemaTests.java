package dev.migrator.maven;

import java.io.File;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.diff.DesiredSchema;
import dev.migrator.maven.notes.Note;
import dev.migrator.maven.notes.NotesApplication;
import dev.migrator.maven.notes.User;
import dev.migrator.schema.Schema;
import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The entities' path with the real migrator-hibernate: a project of its own compiled classes
 * ({@code dev.migrator.maven.notes}) and runtime jars (Boot, Hibernate, the driver), without
 * migrator-hibernate or core, which come from the plugin's artifacts.
 */
@EmbeddedDatabaseTest
class EntitiesSchemaTests {

	@TempDir
	Path classes;

	@Test
	void buildsTheEntitiesSchemaWithThePluginsMigratorHibernateInAClassLoaderOfTheProject(TestDatabase db)
			throws Exception {
		EntitiesSchema entities = EntitiesSchema.load(projectClassPath(), Set.of(),
				List.of(artifact("migrator-hibernate", locationOf(Class.forName(EntitiesSchema.ENTRY_POINT))),
						artifact("migrator-core", locationOf(DesiredSchema.class))),
				null, this.classes);

		Schema schema = entities.read(db.dataSource(), Set.of());

		assertThat(schema.objects()).containsKeys("table public.users", "table public.notes",
				"constraint public.notes.notes_author_id_fkey");
	}

	/** The app's classes copied where {@code mvn compile} puts them, then every jar of the test's class path. */
	private List<URL> projectClassPath() throws Exception {
		Path compiled = locationOf(NotesApplication.class);
		for (Class<?> type : List.of(NotesApplication.class, User.class, Note.class)) {
			String file = type.getName().replace('.', '/') + ".class";
			Files.createDirectories(this.classes.resolve(file).getParent());
			Files.copy(compiled.resolve(file), this.classes.resolve(file));
		}
		List<Path> notTheProjects = List.of(compiled, locationOf(Class.forName(EntitiesSchema.ENTRY_POINT)),
				locationOf(DesiredSchema.class), locationOf(EntitiesSchema.class), locationOf(TestDatabase.class));
		List<URL> classPath = new ArrayList<>(List.of(this.classes.toUri().toURL()));
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			Path path = Path.of(entry).toAbsolutePath();
			if (!notTheProjects.contains(path)) {
				classPath.add(path.toUri().toURL());
			}
		}
		return classPath;
	}

	private static Artifact artifact(String artifactId, Path file) {
		DefaultArtifact artifact = new DefaultArtifact("dev.migrator", artifactId, "0.1.0-SNAPSHOT", "runtime", "jar",
				null, new DefaultArtifactHandler("jar"));
		artifact.setFile(file.toFile());
		return artifact;
	}

	private static Path locationOf(Class<?> type) throws URISyntaxException {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
	}

}
