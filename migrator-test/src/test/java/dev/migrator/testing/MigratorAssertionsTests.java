package dev.migrator.testing;

import org.junit.jupiter.api.Test;

import dev.migrator.testing.drifted.DriftedApplication;
import dev.migrator.testing.matching.MatchingApplication;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigratorAssertionsTests {

	@Test
	void passesWhenTheMigrationsGiveWhatTheEntitiesWant() {
		assertThatCode(() -> MigratorAssertions.assertEntitiesMatchMigrations(MatchingApplication.class,
				"classpath:matching/migrations"))
			.doesNotThrowAnyException();
	}

	@Test
	void failsListingEveryDifferenceAndTheCommandThatWritesTheMigration() {
		assertThatThrownBy(() -> MigratorAssertions.assertEntitiesMatchMigrations(DriftedApplication.class,
				"classpath:drifted/migrations"))
			.isInstanceOf(AssertionError.class)
			.hasMessageStartingWith("The entities of DriftedApplication do not match the migrations (2 differences;")
			.hasMessageContaining("  column public.author.nickname exists in the desired schema but not in the"
					+ " migrations (character varying(255))")
			.hasMessageContaining("  table public.review exists in the desired schema but not in the migrations"
					+ " (2 columns, primary key review_pkey)\n")
			.hasMessageContaining("./mvnw migrator:diff -Dname=describe_the_change, which plans:")
			.hasMessageContaining("ALTER TABLE public.author ADD COLUMN nickname character varying(255);")
			.hasMessageContaining("CREATE TABLE public.review (");
	}

	@Test
	void withoutAnApplicationClassNamesTheCandidatesWhenThereAreSeveral() {
		assertThatIllegalStateException().isThrownBy(MigratorAssertions::assertEntitiesMatchMigrations)
			.withMessageContaining(DriftedApplication.class.getName() + ", " + MatchingApplication.class.getName());
	}

}
