package dev.migrator.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.Plural;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;
import dev.migrator.lint.Severity;
import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;

/**
 * Checks migration files for unsafe changes, without a database: the files given, or every
 * file of the locations. Fails the build when a finding is an error.
 */
@Mojo(name = "lint", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class LintMojo extends AbstractMigratorMojo {

	/** Files to lint, relative to the project's folder (default: every file of the locations). */
	@Parameter(property = "migrator.files")
	List<File> files = new ArrayList<>();

	/** Rule severities to override, rule id to error, warning or off. */
	@Parameter
	Map<String, String> severities = new LinkedHashMap<>();

	/** PostgreSQL major the migrations target (default 14). */
	@Parameter(property = "migrator.postgresVersion")
	Integer postgresVersion;

	/**
	 * Lint as over a database at this version (0: an empty one): later files run together,
	 * so a table one creates is new for those after it. Default: each file as run on its own
	 * after the earlier ones.
	 */
	@Parameter(property = "migrator.appliedUpTo")
	Long appliedUpTo;

	@Override
	void run() throws MojoExecutionException, MojoFailureException {
		refuseOtherSet("lint");
		LintConfig.Builder config = LintConfig.builder().severities(severities());
		if (this.postgresVersion != null) {
			config.postgresMajor(this.postgresVersion);
		}
		Linter linter = new Linter(config.build());
		List<Finding> findings = new ArrayList<>();
		if (this.files.isEmpty()) {
			findings.addAll(linter.lint(MigrationSet.load(locations().stream().map(Location::parse).toList(),
					projectClassLoader()), this.appliedUpTo));
		}
		for (File file : this.files) {
			Path path = basedir().resolve(file.toPath());
			String name = path.getFileName().toString();
			findings.addAll(linter.lint(name, read(path), name.endsWith(".down.sql")));
		}
		StringJoiner text = new StringJoiner("\n");
		findings.forEach((finding) -> text.add(finding.toString()));
		long errors = findings.stream().filter((finding) -> finding.severity() == Severity.ERROR).count();
		text.add(findings.isEmpty() ? "No findings."
				: Plural.of(errors, "error") + ", " + Plural.of(findings.size() - errors, "warning") + ".");
		if (errors > 0) {
			throw new MojoFailureException(text.toString());
		}
		print(text.toString());
	}

	private static String read(Path file) throws MojoExecutionException {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new MojoExecutionException("Could not read " + file + ": " + ex.getMessage(), ex);
		}
	}

	private Map<String, Severity> severities() throws MojoExecutionException {
		Map<String, Severity> parsed = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : this.severities.entrySet()) {
			try {
				parsed.put(entry.getKey(), Severity.valueOf(entry.getValue().strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new MojoExecutionException("Invalid severity '" + entry.getValue() + "' for rule " + entry.getKey()
						+ ": use error, warning or off");
			}
		}
		return parsed;
	}

}
