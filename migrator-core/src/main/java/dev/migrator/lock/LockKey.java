package dev.migrator.lock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import dev.migrator.history.QualifiedName;

/**
 * The advisory-lock key of one history table: every migrator of the same table, in any
 * process on any host, derives the same key, and migrators of different tables don't collide.
 */
public final class LockKey {

	private LockKey() {
	}

	public static long of(QualifiedName historyTable) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("migrator:" + historyTable.schema() + "\0" + historyTable.table())
					.getBytes(StandardCharsets.UTF_8));
			long key = 0;
			for (int i = 0; i < 8; i++) {
				key = (key << 8) | (digest[i] & 0xFF);
			}
			return key;
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

}
