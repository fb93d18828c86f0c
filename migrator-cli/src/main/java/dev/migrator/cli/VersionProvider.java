package dev.migrator.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest. */
class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		String version = MigratorCommand.class.getPackage().getImplementationVersion();
		return new String[] { "migrator " + ((version != null) ? version : "development build") };
	}

}
