package dev.migrator.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import dev.migrator.GeneratorException;
import dev.migrator.SqlSyntaxException;
import dev.migrator.lint.Finding;
import dev.migrator.lint.LintConfig;
import dev.migrator.lint.Linter;
import dev.migrator.source.Location;
import dev.migrator.source.MigrationSet;
import dev.migrator.sql.SqlLexer;
import dev.migrator.sql.Token;

/**
 * Writes a new up/down pair from Thymeleaf text templates: the next version by the folder's
 * convention, files created exclusively (never overwritten), every name validated, and lint
 * run on what was written. Templates in a user folder ({@code <kind>.up.sql},
 * {@code <kind>.down.sql}) override the built-in ones or add kinds.
 */
public final class MigrationGenerator {

	/** The built-in kinds. */
	public static final List<String> KINDS = List.of("blank", "create-table", "add-column", "add-not-null-column",
			"add-index", "add-foreign-key", "add-check-constraint", "rename-column", "change-column-type");

	private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,99}");

	private static final String BUILT_IN = "dev/migrator/generate/templates/";

	private final Path directory;

	private final VersionScheme versions;

	private final Clock clock;

	private final TemplateEngine templates;

	private final Path templateDirectory;

	private final Linter linter;

	/**
	 * @param directory the migration folder to write to (created when missing)
	 * @param templateDirectory a folder of the user's templates, or {@code null}
	 */
	public MigrationGenerator(Path directory, Path templateDirectory, VersionScheme versions, Clock clock,
			LintConfig lintConfig) {
		this.directory = directory;
		this.templateDirectory = templateDirectory;
		this.versions = versions;
		this.clock = clock;
		this.templates = templateEngine(templateDirectory);
		this.linter = new Linter(lintConfig);
	}

	public MigrationGenerator(Path directory) {
		this(directory, null, VersionScheme.AUTO, Clock.systemUTC(), LintConfig.defaults());
	}

	public GeneratedMigration generate(MigrationRequest request) {
		if (request.name() == null || !NAME.matcher(request.name()).matches()) {
			throw new GeneratorException("The migration name '" + request.name() + "' must be snake_case: lower-case"
					+ " letters, digits and underscores, starting with a letter (e.g. add_orders_status).");
		}
		if (!KINDS.contains(request.kind()) && !userTemplateExists(request.kind())) {
			throw new GeneratorException("Unknown kind '" + request.kind() + "': use one of " + KINDS
					+ (this.templateDirectory != null ? " or add " + request.kind() + ".up.sql to " + this.templateDirectory
							: ""));
		}
		try {
			Files.createDirectories(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not create " + this.directory, ex);
		}
		String version = this.versions.next(this.directory, this.clock);
		String base = version + "_" + request.name();
		Map<String, Object> model = TemplateModel.of(request, base);
		String up = render(request.kind() + ".up.sql", model);
		String down = render(request.kind() + ".down.sql", model);
		Path upFile = this.directory.resolve(base + ".up.sql");
		Path downFile = this.directory.resolve(base + ".down.sql");
		write(upFile, up);
		write(downFile, down);
		return new GeneratedMigration(version, upFile, downFile, selfCheck(upFile, downFile));
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

	private static void write(Path file, String content) {
		try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			out.write(content.getBytes(StandardCharsets.UTF_8));
		}
		catch (FileAlreadyExistsException ex) {
			throw new GeneratorException(file + " already exists; the generator never overwrites a file.");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write " + file, ex);
		}
	}

	private boolean userTemplateExists(String kind) {
		return this.templateDirectory != null && NAME_OF_KIND.matcher(kind).matches()
				&& Files.isRegularFile(this.templateDirectory.resolve(kind + ".up.sql"));
	}

	private static final Pattern NAME_OF_KIND = Pattern.compile("[a-z][a-z0-9-]*");

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

	/** The variables templates see, every identifier validated and quoted where needed. */
	static final class TemplateModel {

		private TemplateModel() {
		}

		static Map<String, Object> of(MigrationRequest request, String base) {
			Map<String, Object> model = new HashMap<>();
			model.put("description", humanize(request.name()));
			model.put("upFile", base + ".up.sql");
			model.put("downFile", base + ".down.sql");
			String tableName = request.table();
			if (needsTable(request.kind())) {
				model.put("table", Identifiers.sql(tableName, "table name"));
			}
			List<Map<String, Object>> columns = new ArrayList<>();
			List<String> names = new ArrayList<>();
			for (ColumnSpec column : request.columns()) {
				columns.add(column(column, tableName, request.kind()));
				names.add(Identifiers.sql(column.name(), "column name"));
			}
			model.put("columns", columns);
			model.put("columnNames", names);
			requireColumns(request, columns);
			if (!columns.isEmpty()) {
				Map<String, Object> first = columns.get(0);
				model.put("column", first);
				String columnName = request.columns().get(0).name();
				String suffix = request.kind().equals("add-foreign-key") ? "fkey" : "not_null";
				model.put("constraintName", Identifiers.sql(Identifiers.derived(tableName, columnName, suffix), "constraint"));
				model.put("newColumn", Identifiers.sql(Identifiers.derived(columnName, "new"), "column name"));
				model.put("oldName", Identifiers.sql(Identifiers.derived(columnName, "old"), "column name"));
			}
			if (request.kind().equals("add-index")) {
				List<String> indexColumns = request.indexColumns().isEmpty() ? request.columns().stream().map(ColumnSpec::name).toList()
						: request.indexColumns();
				if (indexColumns.isEmpty()) {
					throw new GeneratorException("add-index needs the columns to index: --index COLUMN[,COLUMN]");
				}
				List<String> quoted = indexColumns.stream().map((name) -> Identifiers.sql(name, "index column")).toList();
				model.put("indexColumns", String.join(", ", quoted));
				model.put("indexName", Identifiers.sql(Identifiers.derived(tableName, String.join("_", indexColumns),
						request.unique() ? "key" : "idx"), "index name"));
				model.put("unique", request.unique());
				model.put("concurrently", request.concurrently());
			}
			if (request.kind().equals("add-check-constraint")) {
				model.put("check", checkExpression(request.check()));
				model.put("constraintName", Identifiers.sql(Identifiers.derived(tableName, request.name(), "check"),
						"constraint"));
			}
			if (request.kind().equals("rename-column")) {
				model.put("newName", Identifiers.sql(request.newName(), "new column name"));
			}
			if (request.kind().equals("change-column-type")) {
				model.put("newType", new ColumnSpec("x", request.newType(), false, null, null, null).type());
			}
			return model;
		}

		private static Map<String, Object> column(ColumnSpec column, String table, String kind) {
			String name = Identifiers.sql(column.name(), "column name");
			String type = (column.type() != null) ? column.type() : (column.referencedTable() != null ? "bigint" : null);
			if (type == null && (kind.equals("create-table") || kind.startsWith("add-column")
					|| kind.equals("add-not-null-column"))) {
				throw new GeneratorException("Column " + column.name() + " needs a type: write " + column.name()
						+ ":TYPE, e.g. " + column.name() + ":text.");
			}
			if (kind.equals("add-not-null-column") && column.defaultValue() == null) {
				throw new GeneratorException("add-not-null-column needs a default to backfill existing rows: write "
						+ column.name() + ":" + type + ":default=VALUE.");
			}
			if (kind.equals("add-column") && column.notNull() && column.defaultValue() == null) {
				throw new GeneratorException("Adding the NOT NULL column " + column.name() + " without a default fails on"
						+ " a table with rows: give it a default, or use --kind add-not-null-column.");
			}
			StringBuilder definition = new StringBuilder(name + " " + type);
			if (column.notNull()) {
				definition.append(" NOT NULL");
			}
			if (column.defaultValue() != null) {
				definition.append(" DEFAULT ").append(column.defaultValue());
			}
			Map<String, Object> view = new LinkedHashMap<>();
			if (column.referencedTable() != null) {
				String referencedTable = Identifiers.sql(column.referencedTable(), "referenced table");
				String referencedColumn = Identifiers.sql(column.referencedColumn(), "referenced column");
				definition.append(" REFERENCES ").append(referencedTable).append(" (").append(referencedColumn).append(")");
				view.put("referencedTable", referencedTable);
				view.put("referencedColumn", referencedColumn);
			}
			view.put("name", name);
			view.put("type", column.type());
			view.put("defaultValue", column.defaultValue());
			view.put("definition", definition.toString());
			view.put("references", column.referencedTable() != null);
			view.put("indexName", Identifiers.sql(Identifiers.derived(table, column.name(), "idx"), "index name"));
			return view;
		}

		private static void requireColumns(MigrationRequest request, List<Map<String, Object>> columns) {
			boolean needsColumn = switch (request.kind()) {
				case "add-column", "add-not-null-column", "add-foreign-key", "rename-column", "change-column-type" -> true;
				default -> false;
			};
			if (needsColumn && columns.isEmpty()) {
				throw new GeneratorException(request.kind() + " needs a column: --column NAME[:TYPE][:OPTIONS]");
			}
			if (request.kind().equals("add-foreign-key") && columns.get(0).get("referencedTable") == null) {
				throw new GeneratorException("add-foreign-key needs the referenced table: --column "
						+ request.columns().get(0).name() + ":bigint:references=TABLE(COLUMN)");
			}
		}

		private static boolean needsTable(String kind) {
			return !kind.equals("blank");
		}

		/** A check expression is SQL; it is lexed and refused if it could end the statement. */
		private static String checkExpression(String check) {
			if (check == null || check.isBlank()) {
				throw new GeneratorException("add-check-constraint needs an expression: --check \"price >= 0\"");
			}
			if (check.contains("--") || check.contains("/*") || check.contains("\n")) {
				throw new GeneratorException("The check expression must be one line without comments.");
			}
			int depth = 0;
			boolean balanced = true;
			try {
				for (Token token : SqlLexer.tokenize(check, 1, 1)) {
					if (token.text().equals(";")) {
						throw new GeneratorException("The check expression must not contain ';'.");
					}
					depth += token.text().equals("(") ? 1 : token.text().equals(")") ? -1 : 0;
					balanced &= depth >= 0;
				}
			}
			catch (SqlSyntaxException ex) {
				throw new GeneratorException("The check expression is not valid SQL: " + ex.problem());
			}
			if (!balanced || depth != 0) {
				throw new GeneratorException("The check expression has unbalanced parentheses.");
			}
			return check.strip();
		}

		private static String humanize(String name) {
			String words = name.replace('_', ' ');
			return Character.toUpperCase(words.charAt(0)) + words.substring(1);
		}

	}

}
