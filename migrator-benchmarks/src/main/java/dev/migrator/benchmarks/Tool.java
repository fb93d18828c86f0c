package dev.migrator.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;

import javax.sql.DataSource;

import dev.migrator.Migrator;
import dev.migrator.MigratorConfig;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.flywaydb.core.Flyway;

/**
 * The migration tools, each driven the way its documentation shows, from a fresh instance
 * every time (as an application boot does), against a folder written in its own naming.
 */
enum Tool {

	MIGRATOR("Migrator") {

		@Override
		void migrate(DataSource dataSource, Path folder) {
			new Migrator(MigratorConfig.builder().dataSource(dataSource).locations("filesystem:" + folder).build())
				.migrate();
		}

	},

	FLYWAY("Flyway") {

		@Override
		void migrate(DataSource dataSource, Path folder) {
			Flyway.configure().dataSource(dataSource).locations("filesystem:" + folder).load().migrate();
		}

	},

	LIQUIBASE("Liquibase") {

		@Override
		void migrate(DataSource dataSource, Path folder) throws Exception {
			try (Connection connection = dataSource.getConnection()) {
				liquibase.database.Database database = DatabaseFactory.getInstance()
					.findCorrectDatabaseImplementation(new JdbcConnection(connection));
				Map<String, Object> scope = Map.of(Scope.Attr.resourceAccessor.name(),
						new DirectoryResourceAccessor(folder), Scope.Attr.ui.name(), new LoggerUIService());
				Scope.child(scope, () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
					.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
					.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, LIQUIBASE_CHANGELOG)
					.addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
					.execute());
			}
		}

	};

	static final String LIQUIBASE_CHANGELOG = "changelog.sql";

	private final String label;

	Tool(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	static Tool labelled(String label) {
		for (Tool tool : values()) {
			if (tool.label.equals(label)) {
				return tool;
			}
		}
		throw new IllegalArgumentException("No tool labelled " + label);
	}

	/** Applies whatever is pending; with nothing pending this is the no-op an app boot pays. */
	abstract void migrate(DataSource dataSource, Path folder) throws Exception;

}
