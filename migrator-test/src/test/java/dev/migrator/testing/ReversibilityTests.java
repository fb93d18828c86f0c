package dev.migrator.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReversibilityTests {

	@Test
	void passesWhenEveryDownReversesItsUp() {
		assertThat(Reversibility.assertEveryDownReversesItsUp("classpath:matching/migrations").passedCount())
			.isEqualTo(2);
	}

	@Test
	void failsNamingTheMigrationWhoseDownLeavesSomethingBehind() {
		assertThatThrownBy(() -> Reversibility.assertEveryDownReversesItsUp("classpath:irreversible/migrations"))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("migration 2 (add_book_borrowed_at):")
			.hasMessageContaining("borrowed_at");
	}

}
