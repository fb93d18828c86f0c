package dev.migrator.generate;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

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
 */
public final class MigrationGenerator {

	private static final String BUILT_IN = "dev/migrator/generate/templates/";

	private final Path directory;

	private final Path templateDirectory;

	private final MigrationWriter writer;

	private final TemplateEngine templates;

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
		this.templates = templateEngine(templateDirectory);
		this.linter = new Linter(lintConfig);
	}

	public MigrationGenerator(Path directory) {
		this(directory, null, VersionScheme.AUTO, Clock.systemUTC(), LintConfig.defaults());
	}

	public GeneratedMigration generate(MigrationRequest request) {
		// The writer checks the name too; checked here first, a bad name is reported before a bad kind.
		MigrationWriter.requireSnakeCase(request.name());
		MigrationKind kind = MigrationKind.named(request.kind(), this.templateDirectory);
		WrittenMigration written = this.writer.write(request.name(), (stem) -> {
			Map<String, Object> model = TemplateModel.of(kind, request, stem);
			return new MigrationWriter.Contents(render(kind.id() + ".up.sql", model),
					render(kind.id() + ".down.sql", model));
		});
		return new GeneratedMigration(written.version(), written.up(), written.down(),
				selfCheck(written.up(), written.down()));
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

	private String render(String template, Map<String, Object> model) {
		Context context = new Context();
		context.setVariables(model);
		String text;
		try {
			text = this.templates.process(template, context);
		}
		catch (TemplateInputException ex) {
			throw new GeneratorException("Could not render template " + template + ": " + ex.getMessage());
		}
		return tidy(text);
	}

	/** Template directives leave blank lines behind; keep one at most, and end with a newline. */
	private static String tidy(String text) {
		String collapsed = text.replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
		return collapsed + "\n";
	}

	private static TemplateEngine templateEngine(Path userDirectory) {
		TemplateEngine engine = new TemplateEngine();
		int order = 1;
		if (userDirectory != null) {
			FileTemplateResolver user = new FileTemplateResolver();
			user.setPrefix(userDirectory.toAbsolutePath() + "/");
			user.setTemplateMode(TemplateMode.TEXT);
			user.setCharacterEncoding("UTF-8");
			user.setCheckExistence(true);
			user.setCacheable(false);
			user.setOrder(order++);
			engine.addTemplateResolver(user);
		}
		ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver(MigrationGenerator.class.getClassLoader());
		builtIn.setPrefix(BUILT_IN);
		builtIn.setTemplateMode(TemplateMode.TEXT);
		builtIn.setCharacterEncoding("UTF-8");
		builtIn.setCheckExistence(true);
		builtIn.setOrder(order);
		engine.addTemplateResolver(builtIn);
		return engine;
	}

}
