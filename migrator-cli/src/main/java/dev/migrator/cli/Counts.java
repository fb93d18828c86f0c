package dev.migrator.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a number of migrations, refusing zero and negatives as a usage error rather than
 * letting them reach the engine.
 */
class Counts implements ITypeConverter<Integer> {

	@Override
	public Integer convert(String value) {
		return parse(value);
	}

	static int parse(String value) {
		try {
			int count = Integer.parseInt(value);
			if (count >= 1) {
				return count;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new TypeConversionException("'" + value + "' is not a number of migrations (1 or more)");
	}

}
