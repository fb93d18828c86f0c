package dev.migrator.lock;

import java.time.Instant;

/**
 * The session holding a migration lock, as {@code pg_stat_activity} describes it.
 *
 * @param pid the holder's backend process id
 * @param applicationName its {@code application_name}
 * @param clientAddress the address it connected from, {@code null} for a local socket
 * @param connectedSince when its session started
 * @param state its state ({@code active}, {@code idle}, …)
 * @param query the statement it runs or ran last
 */
public record LockHolder(int pid, String applicationName, String clientAddress, Instant connectedSince, String state,
		String query) {

	@Override
	public String toString() {
		return "pid " + this.pid + " (application '" + this.applicationName + "'"
				+ ((this.clientAddress != null) ? " from " + this.clientAddress : "") + ", connected since "
				+ this.connectedSince + ", " + this.state + ((this.query != null && !this.query.isBlank())
						? ": " + abbreviate(this.query) : "")
				+ ")";
	}

	private static String abbreviate(String query) {
		String line = query.strip().replaceAll("\\s+", " ");
		return (line.length() > 120) ? line.substring(0, 117) + "..." : line;
	}

}
