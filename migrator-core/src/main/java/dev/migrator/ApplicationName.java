package dev.migrator;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code application_name} of Migrator's sessions: who holds the lock and who wrote a
 * log row, e.g. {@code orders-service (migrator) on host1 pid 4242}. PostgreSQL keeps 63
 * bytes of printable ASCII, so the host is shortened first, the pid kept.
 */
final class ApplicationName {

	static final int MAX_BYTES = 63;

	private static final String ENGINE = "migrator";

	private ApplicationName() {
	}

	/** The session name for an application, on this host and process. */
	static String of(String application) {
		return of(application, Host.NAME, ProcessHandle.current().pid());
	}

	static String of(String application, String host, long pid) {
		String who = printable(application.contains(ENGINE) ? application
				: application + " (" + ENGINE + ")");
		String pidText = " pid " + pid;
		int roomForHost = MAX_BYTES - who.length() - pidText.length() - " on ".length();
		String where = (roomForHost >= Math.min(host.length(), 8)) ? " on " + printable(host)
			.substring(0, Math.min(host.length(), roomForHost)) : "";
		String name = who + where + pidText;
		return (name.length() > MAX_BYTES) ? name.substring(0, MAX_BYTES) : name;
	}

	/** PostgreSQL shows each other byte as {@code ?}; so does this, so that both agree. */
	private static String printable(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
			result.append((b >= 32 && b <= 126) ? (char) b : '?');
		}
		return result.toString();
	}

	/** Looked up once, when a session is first named. */
	private static final class Host {

		static final String NAME = lookUp();

		private static String lookUp() {
			String fromEnvironment = System.getenv("HOSTNAME");
			if (fromEnvironment != null && !fromEnvironment.isBlank()) {
				return fromEnvironment;
			}
			try {
				return InetAddress.getLocalHost().getHostName();
			}
			catch (UnknownHostException ex) {
				return "unknown host";
			}
		}

	}

}
