package dev.migrator.verify;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The scratch database's connections, handed out again once closed. Verify runs thousands
 * of short sessions in a row, and a new PostgreSQL session costs more than most of the work
 * done in it: a process to start and catalog caches to fill. A connection given back is
 * reset with {@code DISCARD ALL}, so the next user gets what a new session would have
 * (settings, role, advisory locks, temporary tables and prepared statements are gone); only
 * the caches stay warm.
 */
final class ReusedConnections extends PGSimpleDataSource {

	private final transient Deque<Connection> idle = new ArrayDeque<>();

	@Override
	public Connection getConnection() throws SQLException {
		Connection physical;
		synchronized (this.idle) {
			physical = this.idle.poll();
		}
		return handle((physical != null) ? physical : super.getConnection());
	}

	/** Ends the idle connections, as a dropped database would. */
	void closeIdle() throws SQLException {
		synchronized (this.idle) {
			for (Connection connection : this.idle) {
				connection.close();
			}
			this.idle.clear();
		}
	}

	private Connection handle(Connection physical) {
		AtomicBoolean closed = new AtomicBoolean();
		return (Connection) Proxy.newProxyInstance(ReusedConnections.class.getClassLoader(),
				new Class<?>[] { Connection.class }, (proxy, method, args) -> {
					switch (method.getName()) {
						case "close" -> {
							if (closed.compareAndSet(false, true)) {
								giveBack(physical);
							}
							return null;
						}
						case "isClosed" -> {
							return closed.get() || physical.isClosed();
						}
						default -> {
							if (closed.get()) {
								throw new SQLException("This connection has been closed.", "08003");
							}
							try {
								return method.invoke(physical, args);
							}
							catch (InvocationTargetException ex) {
								throw ex.getCause();
							}
						}
					}
				});
	}

	private void giveBack(Connection physical) throws SQLException {
		try {
			if (!physical.getAutoCommit()) {
				physical.rollback();
				physical.setAutoCommit(true);
			}
			physical.setReadOnly(false);
			try (Statement statement = physical.createStatement()) {
				statement.execute("DISCARD ALL");
			}
		}
		catch (SQLException ex) {
			// a session that cannot be reset is not handed out again
			physical.close();
			return;
		}
		synchronized (this.idle) {
			this.idle.push(physical);
		}
	}

}
