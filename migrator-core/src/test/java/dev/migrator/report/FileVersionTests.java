package dev.migrator.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileVersionTests {

	@ParameterizedTest(name = "{0}, {1} -> {2}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			3              | db/migration/000003_add_orders.up.sql   | 000003
			3              | 000003_add_orders.up.sql                | 000003
			3              | C:\\db\\000003_add_orders.up.sql        | 000003
			20240102030405 | db/20240102030405_orders.up.sql         | 20240102030405
			3              | null                                    | 3
			3              | db/v3_add_orders.up.sql                 | 3
			3              | db/_add_orders.up.sql                   | 3
			3              | db/000003.up.sql                        | 3
			""")
	void versionIsWrittenAsTheFileNameWritesIt(long version, String script, String expected) {
		assertThat(FileVersion.of(version, script)).isEqualTo(expected);
	}

}
