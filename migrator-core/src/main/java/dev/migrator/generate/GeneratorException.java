package dev.migrator.generate;

import dev.migrator.MigratorException;

/** A generator input that cannot be turned into safe files: a bad name, identifier, type or kind. */
public class GeneratorException extends MigratorException {

	public GeneratorException(String message) {
		super(message);
	}

}
