package dev.migrator.benchmarks;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * One database on the benchmark server. Every contender connects through a plain
 * {@link PGSimpleDataSource} (no pool), so none of them gets a head start.
 *
 * @param name the database name
 * @param url a JDBC URL that carries user and password, so a child JVM needs only this
 */
record Database(String name, String url) {

	static DataSource dataSource(String url) {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setUrl(url);
		return dataSource;
	}

	DataSource dataSource() {
		return dataSource(this.url);
	}

}
