package dev.migrator.maven;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.model.Build;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;

import dev.migrator.test.MigrationFolder;
import dev.migrator.test.TestDatabase;

/**
 * A Maven project in a folder, as the plugin sees it: its migrations under
 * {@code src/main/resources/db/migrations}, its {@code application.properties}, and goals
 * configured for it whose log this keeps.
 */
final class TestProject {

	private final Path directory;

	private final MavenProject project = new MavenProject();

	final List<String> log = new ArrayList<>();

	TestProject(Path directory) {
		this.directory = directory;
		this.project.setFile(directory.resolve("pom.xml").toFile());
		Build build = new Build();
		build.setDirectory(directory.resolve("target").toString());
		build.setOutputDirectory(directory.resolve("target/classes").toString());
		Resource resources = new Resource();
		resources.setDirectory(directory.resolve("src/main/resources").toString());
		build.addResource(resources);
		this.project.getModel().setBuild(build);
		migrations();
	}

	/** A project with users and notes, each with its down. */
	static TestProject withTwoMigrations(Path directory) {
		TestProject project = new TestProject(directory);
		project.migrations()
			.pair("000001_create_users", "CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY, name text NOT NULL);",
					"DROP TABLE IF EXISTS users;")
			.pair("000002_create_notes",
					"CREATE TABLE IF NOT EXISTS notes (id bigint PRIMARY KEY, body text NOT NULL);",
					"DROP TABLE IF EXISTS notes;");
		return project;
	}

	MigrationFolder migrations() {
		return new MigrationFolder(directory("src/main/resources/db/migrations"));
	}

	Path directory() {
		return this.directory;
	}

	Path directory(String relative) {
		try {
			return Files.createDirectories(this.directory.resolve(relative));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	TestProject applicationProperties(String content) {
		write("src/main/resources/application.properties", content);
		return this;
	}

	Path write(String relative, String content) {
		Path file = this.directory.resolve(relative);
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** The goal on this project, with no setting of its own and its log kept here. */
	<T extends AbstractMigratorMojo> T goal(T mojo) {
		mojo.project = this.project;
		mojo.setLog(new SystemStreamLog() {

			@Override
			public void info(CharSequence content) {
				TestProject.this.log.add(content.toString());
			}

		});
		return mojo;
	}

	/** The goal on this project, connected to the test's database. */
	<T extends AbstractMigratorMojo> T goal(T mojo, TestDatabase db) {
		goal(mojo);
		mojo.url = db.url();
		mojo.user = db.user();
		mojo.password = db.password();
		return mojo;
	}

	String output() {
		return String.join("\n", this.log);
	}

	File file(String relative) {
		return this.directory.resolve(relative).toFile();
	}

}
