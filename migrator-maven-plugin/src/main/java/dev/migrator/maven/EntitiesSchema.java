package dev.migrator.maven;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;

import dev.migrator.diff.DesiredSchema;
import dev.migrator.schema.Schema;

/**
 * The schema of the project's JPA entities, as {@code migrator-hibernate} builds it on the
 * scratch database: its {@code EntitySchema.createOn} runs in a class loader of the project's
 * runtime class path (so the app's own Boot, Hibernate and entities are the ones used)
 * followed by the plugin's migrator-hibernate and the migrator-core it links against, each
 * only where the project does not have it already.
 */
final class EntitiesSchema implements DesiredSchema {

	static final String ENTRY_POINT = "dev.migrator.hibernate.EntitySchema";

	/** What the entry point needs besides JDK, Spring and Hibernate: its jar, and core for its signatures. */
	static final Set<String> ARTIFACTS = Set.of("dev.migrator:migrator-hibernate", "dev.migrator:migrator-core");

	private final List<URL> classPath;

	private final String applicationClassName;

	private final Path classesDirectory;

	private EntitiesSchema(List<URL> classPath, String applicationClassName, Path classesDirectory) {
		this.classPath = classPath;
		this.applicationClassName = applicationClassName;
		this.classesDirectory = classesDirectory;
	}

	/**
	 * @param projectClassPath the project's classes and runtime dependencies
	 * @param projectArtifacts the project's runtime dependencies, whose versions win over the plugin's
	 * @param pluginArtifacts the plugin's resolved dependencies, where migrator-hibernate and core come from
	 * @param applicationClassName the application class, or {@code null} to find the {@code @SpringBootApplication} one
	 * @param classesDirectory the project's compiled classes
	 */
	static EntitiesSchema load(List<URL> projectClassPath, Set<Artifact> projectArtifacts,
			List<Artifact> pluginArtifacts, String applicationClassName, Path classesDirectory)
			throws MojoExecutionException {
		List<URL> classPath = new ArrayList<>(projectClassPath);
		Set<String> present = projectArtifacts.stream().map(EntitiesSchema::key).collect(Collectors.toSet());
		for (Artifact artifact : pluginArtifacts) {
			String key = key(artifact);
			if (ARTIFACTS.contains(key) && !present.contains(key) && artifact.getFile() != null) {
				classPath.add(url(artifact));
			}
		}
		EntitiesSchema entities = new EntitiesSchema(classPath, applicationClassName, classesDirectory);
		try (URLClassLoader loader = entities.classLoader()) {
			entities.entryPoint(loader);
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Could not close the entities' class loader", ex);
		}
		return entities;
	}

	@Override
	public Schema read(DataSource scratch, Set<String> excludedTables) {
		try (URLClassLoader loader = classLoader()) {
			Thread thread = Thread.currentThread();
			ClassLoader previous = thread.getContextClassLoader();
			thread.setContextClassLoader(loader);
			try {
				entryPoint(loader).invoke(null, scratch, this.applicationClassName, this.classesDirectory);
			}
			finally {
				thread.setContextClassLoader(previous);
			}
		}
		catch (InvocationTargetException ex) {
			Throwable cause = ex.getCause();
			throw new IllegalStateException("Could not build the schema of the entities: " + cause.getMessage(), cause);
		}
		catch (ReflectiveOperationException | IOException | MojoExecutionException ex) {
			throw new IllegalStateException("Could not run " + ENTRY_POINT + ".createOn: " + ex.getMessage(), ex);
		}
		return DesiredSchema.read(scratch, excludedTables, "the entities' scratch database");
	}

	private URLClassLoader classLoader() {
		return new URLClassLoader("migrator-entities", this.classPath.toArray(URL[]::new),
				ClassLoader.getPlatformClassLoader());
	}

	private Method entryPoint(ClassLoader loader) throws MojoExecutionException {
		try {
			return Class.forName(ENTRY_POINT, true, loader).getMethod("createOn", DataSource.class, String.class,
					Path.class);
		}
		catch (ClassNotFoundException ex) {
			throw new MojoExecutionException("The desired schema comes from the entities, and " + ENTRY_POINT
					+ " is on neither the project's class path nor the plugin's: is the plugin's migrator-hibernate"
					+ " missing from the local repository? (or give the desired schema as SQL with -Dmigrator.to=schema.sql)");
		}
		catch (NoSuchMethodException ex) {
			throw new MojoExecutionException(ENTRY_POINT + " has no createOn(DataSource, String, Path): use the"
					+ " migrator-hibernate of the plugin's version", ex);
		}
	}

	private static String key(Artifact artifact) {
		return artifact.getGroupId() + ":" + artifact.getArtifactId();
	}

	private static URL url(Artifact artifact) throws MojoExecutionException {
		try {
			return artifact.getFile().toURI().toURL();
		}
		catch (MalformedURLException ex) {
			throw new MojoExecutionException("Could not use " + artifact + ": " + ex.getMessage(), ex);
		}
	}

}
