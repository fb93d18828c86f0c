package dev.migrator.cli;

import picocli.CommandLine.Command;

import dev.migrator.AppliedMigration;
import dev.migrator.MigrationStatus;
import dev.migrator.Migrator;
import dev.migrator.PendingMigration;
import dev.migrator.Problem;

@Command(name = "status", description = "Show the version, applied and pending migrations and any problem."
		+ " Changes nothing and never waits for the lock.")
class StatusCommand extends MigratorSubcommand {

	@Override
	int run(Migrator migrator) {
		MigrationStatus status = migrator.status();
		if (json()) {
			printJson(status);
			return OK;
		}
		print("Version: " + RunningCommand.versionText(status.version()) + (status.dirty() ? " (DIRTY)" : " (clean)"));
		print("Applied: " + status.applied().size());
		for (AppliedMigration applied : status.applied()) {
			print(String.format("  %-20d %-40s %s%s", applied.version(), applied.description(),
					(applied.appliedAt() != null) ? applied.appliedAt() : "",
					applied.dirty() ? "  DIRTY" + ((applied.statementsDone() != null)
							? " after " + applied.statementsDone() + " statements" : "") : ""));
		}
		print("Pending: " + status.pending().size());
		for (PendingMigration pending : status.pending()) {
			print(String.format("  %-20d %s", pending.version(), pending.description()));
		}
		if (!status.problems().isEmpty()) {
			print("Problems:");
			for (Problem problem : status.problems()) {
				print("  - " + problem.message());
			}
		}
		return OK;
	}

}
