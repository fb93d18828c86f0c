package dev.migrator.verify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import dev.migrator.test.EmbeddedDatabaseTest;
import dev.migrator.test.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@EmbeddedDatabaseTest
class ScratchDatabaseTests {

	@Test
	void connectionGivenBackIsHandedOutAgainAsANewSession(TestDatabase db) throws Exception {
		try (ScratchDatabase scratch = ScratchDatabase.on(db.url(), db.user(), db.password())) {
			String pid;
			try (Connection connection = scratch.dataSource().getConnection()) {
				pid = query(connection, "SELECT pg_backend_pid()");
				query(connection, "SELECT set_config('work_mem', '7MB', false), pg_advisory_lock(42)");
				execute(connection, "CREATE TEMPORARY TABLE scratch_notes (id int)");
				connection.setAutoCommit(false);
				execute(connection, "INSERT INTO scratch_notes VALUES (1)");
			}
			try (Connection connection = scratch.dataSource().getConnection()) {
				assertThat(query(connection, "SELECT pg_backend_pid()")).isEqualTo(pid);
				assertThat(connection.getAutoCommit()).isTrue();
				assertThat(query(connection, "SELECT current_setting('work_mem')")).isNotEqualTo("7MB");
				assertThat(query(connection, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo("0");
				assertThat(query(connection, "SELECT to_regclass('scratch_notes')")).isNull();
			}
		}
	}

	@Test
	void closedConnectionCannotBeUsedWhileAnotherHolds(TestDatabase db) throws Exception {
		try (ScratchDatabase scratch = ScratchDatabase.on(db.url(), db.user(), db.password())) {
			Connection first = scratch.dataSource().getConnection();
			first.close();
			first.close();
			try (Connection second = scratch.dataSource().getConnection()) {
				assertThat(first.isClosed()).isTrue();
				assertThat(second.isClosed()).isFalse();
				assertThatExceptionOfType(SQLException.class).isThrownBy(first::createStatement);
			}
		}
	}

	@Test
	void recreateLeavesAnEmptyDatabaseBehindTheSameDataSource(TestDatabase db) throws Exception {
		try (ScratchDatabase scratch = ScratchDatabase.on(db.url(), db.user(), db.password())) {
			try (Connection connection = scratch.dataSource().getConnection()) {
				execute(connection, "CREATE TABLE leftover (id int)");
			}
			scratch.recreate();
			try (Connection connection = scratch.dataSource().getConnection()) {
				assertThat(query(connection, "SELECT to_regclass('leftover')")).isNull();
			}
		}
		assertThat(db.queryColumn("SELECT count(*) FROM pg_database WHERE datname LIKE 'migrator_verify_%'"))
			.containsExactly("0");
	}

	private static String query(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
