package dev.migrator;


/** A generator input that cannot be turned into safe files: a bad name, identifier, type or kind. */
public final class GeneratorException extends MigratorException {

	public GeneratorException(String message) {
		super(message);
	}

}
