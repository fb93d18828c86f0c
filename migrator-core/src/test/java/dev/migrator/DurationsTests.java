package dev.migrator;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DurationsTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			30s      | PT30S
			500ms    | PT0.5S
			2m       | PT2M
			PT1M     | PT1M
			pt1m30s  | PT1M30S
			45       | PT45S
			0        | PT0S
			' 10S '  | PT10S
			0ms      | PT0S
			""")
	void everyFormTheDocumentationNamesIsParsed(String text, Duration expected) {
		assertThat(Durations.parse("lockTimeout", text)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "''{0}'' is refused")
	@ValueSource(strings = { "", "soon", "5x", "1h", "-5s", "-1", "PT-1S", "P", "1.5s", "s", "ms" })
	void anythingElseIsRefusedNamingTheSettingTheTextAndTheFormsThatWork(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse("--lock-timeout", text))
			.withMessage("Invalid --lock-timeout '" + text
					+ "': use e.g. 30s, 500ms, 2m, PT1M or a number of seconds");
	}

}
