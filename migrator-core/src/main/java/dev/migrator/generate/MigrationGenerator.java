package dev.migrator.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import dev.migrator.GeneratorException;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;
import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;

/**
 * Writes a new up/down pair from Thymeleaf text templates: every name validated, the pair
 * written by a {@link MigrationWriter} (next version by the folder's convention, never
 * overwriting), and lint run on what was written. Templates in a user folder
 * ({@code <kind>.up.sql}, {@code <kind>.down.sql}) override the built-in ones or add kinds.
 * A {@code create-table} pair may come with a {@link ModelClass} mapped to the new table,
 * rendered from {@code entity.java} or {@code record.java}, overridable the same way.
 */
public final class MigrationGenerator {

	private final Path directory;

	private final Path templateDirectory;

	private final MigrationWriter writer;

	private final Templates templates;

	private final Linter linter;

	/**
	 * @param directory the migration folder to write to (created when missing)
	 * @param templateDirectory a folder of the user's templates, or {@code null}
	 */
	public MigrationGenerator(Path directory, Path templateDirectory, VersionScheme versions, Clock clock,
			LintConfig lintConfig) {
		this.directory = directory;
		this.templateDirectory = templateDirectory;
		this.writer = new MigrationWriter(directory, versions, clock);
		this.templates = new Templates(templateDirectory);
		this.linter = new Linter(lintConfig);
	}

	public MigrationGenerator(Path directory) {
		this(directory, null, VersionScheme.AUTO, Clock.systemUTC(), LintConfig.defaults());
	}

	public GeneratedMigration generate(MigrationRequest request) {
		return generate(request, null);
	}

	/**
	 * Writes the pair and, for a {@code create-table} request, the class mapped to the new
	 * table, e.g. {@code generate(request, ModelClass.entity("com.acme.Order", null))}. Both are
	 * written or neither: an existing class file is refused before the pair is written.
	 *
	 * @param modelClass the class to write with the pair, or {@code null} for none
	 */
	public GeneratedMigration generate(MigrationRequest request, ModelClass modelClass) {
		// The writer checks the name too; checked here first, a bad name is reported before a bad kind.
		MigrationWriter.requireSnakeCase(request.name());
		MigrationKind kind = MigrationKind.named(request.kind(), this.templateDirectory);
		ModelClassRenderer.Rendered rendered = (modelClass != null) ? renderModel(kind, request, modelClass) : null;
		WrittenMigration written = this.writer.write(request.name(), (stem) -> {
			Map<String, Object> model = TemplateModel.of(kind, request, stem);
			return new MigrationWriter.Contents(this.templates.render(kind.id() + ".up.sql", model),
					this.templates.render(kind.id() + ".down.sql", model));
		}, () -> {
			if (rendered != null) {
				writeNew(rendered);
			}
		});
		return new GeneratedMigration(written.version(), written.up(), written.down(),
				selfCheck(written.up(), written.down()), (rendered != null) ? rendered.file() : null);
	}

	private ModelClassRenderer.Rendered renderModel(MigrationKind kind, MigrationRequest request,
			ModelClass modelClass) {
		if (kind != BuiltInKind.CREATE_TABLE) {
			throw new GeneratorException("Only a create-table migration comes with a class (--entity, --record);"
					+ " this one is " + kind.id() + ".");
		}
		// Table and columns are checked before the class is, so their errors read as the pair's would.
		TemplateModel.of(kind, request, "");
		ModelClassRenderer.Rendered rendered = new ModelClassRenderer(this.templates).render(modelClass, request);
		if (Files.exists(rendered.file())) {
			throw new GeneratorException(rendered.file() + " already exists; the generator never overwrites a file,"
					+ " and wrote no migration either.");
		}
		return rendered;
	}

	private static void writeNew(ModelClassRenderer.Rendered rendered) {
		try {
			Files.createDirectories(rendered.file().toAbsolutePath().getParent());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create the folder of " + rendered.file(), ex);
		}
		MigrationWriter.createNew(rendered.file(), rendered.text());
	}

	/**
	 * Lints the new files after the folder's others, which are taken as applied: the tables they
	 * created exist, their indexes count.
	 */
	private List<Finding> selfCheck(Path upFile, Path downFile) {
		MigrationSet set = MigrationSet.load(List.of(Location.parse("filesystem:" + this.directory)),
				getClass().getClassLoader());
		List<String> names = List.of(upFile.getFileName().toString(), downFile.getFileName().toString());
		return this.linter.lint(set).stream().filter((finding) -> names.contains(finding.file())).toList();
	}

}
