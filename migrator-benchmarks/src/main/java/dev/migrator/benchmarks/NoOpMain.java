package dev.migrator.benchmarks;

import java.nio.file.Path;

import javax.sql.DataSource;

/**
 * The child JVM of the fresh-JVM no-op scenario: migrates once with nothing pending and
 * exits. Usage: {@code NoOpMain <MIGRATOR|FLYWAY|LIQUIBASE|floor> <jdbc-url> <folder>}.
 */
public final class NoOpMain {

	private NoOpMain() {
	}

	public static void main(String[] args) throws Exception {
		Quiet.logging();
		DataSource dataSource = Database.dataSource(args[1]);
		if (Floor.LABEL.equals(args[0])) {
			Floor.touch(dataSource);
		}
		else {
			Tool.valueOf(args[0]).migrate(dataSource, Path.of(args[2]));
		}
	}

}
