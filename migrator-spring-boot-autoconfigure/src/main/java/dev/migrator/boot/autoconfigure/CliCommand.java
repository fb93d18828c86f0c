package dev.migrator.boot.autoconfigure;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import dev.migrator.DatabaseException;
import dev.migrator.MigratorConfig;
import dev.migrator.MigratorException;

/**
 * The CLI's options that reach one set of one instance, for a failure analysis to name a
 * command that works there: the set's own table and locations make it the CLI's only set,
 * whatever its name and table. The password is never written.
 */
final class CliCommand {

	/** A location on the application's class path, which the CLI does not have: its folder in the sources. */
	private static final String CLASSPATH = "classpath:";

	private static final String SOURCES = "src/main/resources/";

	private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&])password=[^&]*&?");

	private CliCommand() {
	}

	/**
	 * @param failure the set's error: when the database could not be reached, it is not asked
	 * for its URL, which would wait out the connect timeout a second time
	 */
	static String of(MigratorConfig set, MigratorException failure) {
		List<String> words = new ArrayList<>(List.of("migrator"));
		Login login = login(set.dataSource(), unreachable(failure));
		words.add("--url");
		words.add((login.url() != null) ? login.url() : "<JDBC URL>");
		if (login.user() != null) {
			words.add("--user");
			words.add(login.user());
		}
		if (set.schema() != null) {
			words.add("--schema");
			words.add(set.schema());
		}
		words.add("--table");
		words.add(set.table());
		words.add("--locations");
		words.add(String.join(",", set.locations().stream().map(CliCommand::sourceFolder).toList()));
		return String.join(" ", words.stream().map(CliCommand::quoted).toList());
	}

	/**
	 * The URL and user, read from a data source Migrator built from a URL, else from a
	 * connection's metadata, whose URL the driver fills with every parameter's default (so
	 * only its host, port and database are kept); unknown when the database cannot be reached.
	 */
	private static Login login(DataSource dataSource, boolean unreachable) {
		if (dataSource instanceof SimpleDriverDataSource simple) {
			return new Login(withoutPassword(simple.getUrl()), simple.getUsername());
		}
		if (unreachable) {
			return new Login(null, null);
		}
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			return new Login(withoutParameters(metaData.getURL()), metaData.getUserName());
		}
		catch (SQLException | RuntimeException ex) {
			return new Login(null, null);
		}
	}

	/** A failure of the engine's own requests, connecting among them (SQLSTATE class 08, or none from a pool). */
	private static boolean unreachable(MigratorException failure) {
		return failure instanceof DatabaseException database
				&& (database.sqlState() == null || database.sqlState().startsWith("08"));
	}

	private static String withoutPassword(String url) {
		return (url != null) ? PASSWORD_PARAMETER.matcher(url).replaceAll("$1").replaceAll("[?&]$", "") : null;
	}

	private static String withoutParameters(String url) {
		return (url != null && url.indexOf('?') >= 0) ? url.substring(0, url.indexOf('?')) : url;
	}

	private static String sourceFolder(String location) {
		if (!location.startsWith(CLASSPATH)) {
			return location;
		}
		String path = location.substring(CLASSPATH.length());
		return SOURCES + (path.startsWith("/") ? path.substring(1) : path);
	}

	private static String quoted(String word) {
		return word.matches("[\\w@%+=:,./-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
	}

	private record Login(String url, String user) {

	}

}
