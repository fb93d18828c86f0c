package dev.migrator.report;

/** The version as the migration's file name writes it ({@code 000003}): what users see in their folder. */
public final class FileVersion {

	private FileVersion() {
	}

	/** @param script the migration's file, or {@code null} when there is none: then the plain number */
	public static String of(long version, String script) {
		if (script != null) {
			String name = script.substring(Math.max(script.lastIndexOf('/'), script.lastIndexOf('\\')) + 1);
			int end = name.indexOf('_');
			if (end > 0 && name.substring(0, end).chars().allMatch(Character::isDigit)) {
				return name.substring(0, end);
			}
		}
		return Long.toString(version);
	}

}
