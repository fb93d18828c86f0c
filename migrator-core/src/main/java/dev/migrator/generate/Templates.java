package dev.migrator.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

import dev.migrator.GeneratorException;

/**
 * The generator's Thymeleaf text templates: a template in the user's folder, when there is
 * one, overrides the built-in one of the same name.
 */
final class Templates {

	private static final String BUILT_IN = "dev/migrator/generate/templates/";

	private final Path userDirectory;

	private final TemplateEngine engine;

	/**
	 * @param userDirectory a folder of the user's templates, or {@code null}
	 */
	Templates(Path userDirectory) {
		this.userDirectory = userDirectory;
		this.engine = engine(userDirectory);
	}

	/** Whether the user's folder has its own template of this name. */
	boolean overridden(String template) {
		return this.userDirectory != null && Files.isRegularFile(this.userDirectory.resolve(template));
	}

	/** Where a template the user may override is looked for first. */
	String describe(String template) {
		return (this.userDirectory != null) ? this.userDirectory.resolve(template).toString()
				: template + " in a --templates folder";
	}

	String render(String template, Map<String, Object> model) {
		Context context = new Context();
		context.setVariables(model);
		String text;
		try {
			text = this.engine.process(template, context);
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

	private static TemplateEngine engine(Path userDirectory) {
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
		ClassLoaderTemplateResolver builtIn = new ClassLoaderTemplateResolver(Templates.class.getClassLoader());
		builtIn.setPrefix(BUILT_IN);
		builtIn.setTemplateMode(TemplateMode.TEXT);
		builtIn.setCharacterEncoding("UTF-8");
		builtIn.setCheckExistence(true);
		builtIn.setOrder(order);
		engine.addTemplateResolver(builtIn);
		return engine;
	}

}
