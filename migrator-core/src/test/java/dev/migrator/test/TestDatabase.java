package dev.migrator.test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh database on the shared embedded PostgreSQL server, created for one test.
 */
public record TestDatabase(String name, int port, String user, String password) {

	public String url() {
		return "jdbc:postgresql://localhost:" + this.port + "/" + this.name;
	}

	public DataSource dataSource() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(url());
		dataSource.setUser(this.user);
		dataSource.setPassword(this.password);
		return dataSource;
	}

	public Connection connect() throws SQLException {
		return dataSource().getConnection();
	}

	/** Runs SQL on its own autocommit connection. */
	public void execute(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run: " + sql, ex);
		}
	}

	/** The first column of every row the query returns, as strings. */
	public List<String> queryColumn(String sql) {
		try (Connection connection = connect(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			List<String> values = new ArrayList<>();
			while (rows.next()) {
				values.add(rows.getString(1));
			}
			return values;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run: " + sql, ex);
		}
	}

	public boolean tableExists(String qualifiedName) {
		return !queryColumn("SELECT to_regclass('" + qualifiedName.replace("'", "''") + "')::text").contains(null);
	}

}
