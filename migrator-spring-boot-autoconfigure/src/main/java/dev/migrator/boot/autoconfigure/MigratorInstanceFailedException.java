package dev.migrator.boot.autoconfigure;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.migrator.MigratorException;

/**
 * The startup migration of an instance ({@code migrator.instances.<name>}) failed in one of
 * its sets: the instances and sets before it are migrated, those after it were not started.
 * The cause is the set's own typed error. The failure analysis names both and points the CLI
 * at the set with {@link #cliCommand()}.
 */
public final class MigratorInstanceFailedException extends MigratorException {

	private final String instanceName;

	private final String setName;

	private final String cliCommand;

	MigratorInstanceFailedException(String instanceName, String setName, String cliCommand, MigratorException cause) {
		super("Migrator instance " + instanceName + ", migration set " + setName + ": " + cause.getMessage(), cause);
		this.instanceName = instanceName;
		this.setName = setName;
		this.cliCommand = cliCommand;
	}

	public String instanceName() {
		return this.instanceName;
	}

	public String setName() {
		return this.setName;
	}

	/**
	 * The CLI with the options that reach the set's history (connection, table, schema,
	 * locations), to be followed by a command such as {@code status}; without the password.
	 */
	public String cliCommand() {
		return this.cliCommand;
	}

	@Override
	public synchronized MigratorException getCause() {
		return (MigratorException) super.getCause();
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("instance", this.instanceName);
		details.put("set", this.setName);
		details.put("cause", getCause().getClass().getSimpleName());
		details.putAll(getCause().details());
		return details;
	}

}
