package dev.migrator.maven;

import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import dev.migrator.Migrator;
import dev.migrator.Operation;
import dev.migrator.report.PlanText;

/** Shows the statements a run would execute, running nothing: {@code up [N]}, {@code down [N]} or {@code goto V}. */
@Mojo(name = "plan", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class PlanMojo extends DatabaseMojo {

	/** The run to plan: up [N], down [N] or goto V (default: up, every pending migration). */
	@Parameter(property = "migrator.operation", defaultValue = "up")
	String operation = "up";

	@Override
	void run(Migrator migrator) throws MojoExecutionException {
		print(PlanText.of(migrator.plan(operation())));
	}

	private Operation operation() throws MojoExecutionException {
		List<String> words = List.of(this.operation.strip().split("\\s+"));
		String argument = (words.size() == 2) ? words.get(1) : null;
		if (words.size() <= 2) {
			switch (words.get(0)) {
				case "up":
					return (argument != null) ? Operation.up(RunningMojo.count("operation", number(argument)))
							: Operation.migrate();
				case "down":
					return Operation.down((argument != null) ? RunningMojo.count("operation", number(argument)) : 1);
				case "goto":
					if (argument != null) {
						return Operation.gotoVersion(number(argument));
					}
					throw new MojoExecutionException("plan goto needs a version: -Dmigrator.operation=\"goto V\"");
				default:
			}
		}
		throw new MojoExecutionException(
				"Unknown plan operation '" + this.operation + "': use up [N], down [N] or goto V");
	}

	private long number(String text) throws MojoExecutionException {
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException ex) {
			throw new MojoExecutionException("'" + text + "' in plan operation '" + this.operation + "' is not a number");
		}
	}

}
