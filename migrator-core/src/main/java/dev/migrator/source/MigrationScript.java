package dev.migrator.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One migration file. Its content is read on demand, never kept: files may be large
 * (a pg_dump with {@code COPY} data), and a no-op run only needs checksums.
 */
public final class MigrationScript {

	private static final int CHUNK = 16 * 1024;

	private final String fileName;

	private final String location;

	private final ContentSource source;

	private volatile String checksum;

	MigrationScript(String fileName, String location, ContentSource source) {
		this.fileName = fileName;
		this.location = location;
		this.source = source;
	}

	/** The file's name, e.g. {@code 000001_create_users.up.sql}. */
	public String fileName() {
		return this.fileName;
	}

	/**
	 * Where the file is, as messages name it: the location as given and the file's name,
	 * {@code classpath:db/migrations/000002_add.up.sql} or {@code db/migrations/000002_add.up.sql}.
	 */
	public String location() {
		return this.location;
	}

	/**
	 * Lower-case hex SHA-256 of the file's bytes with a leading byte-order mark dropped and
	 * CRLF and lone CR line endings normalised to LF, so a checkout's line endings never
	 * count as a change. Computed once, streaming.
	 */
	public String checksum() {
		String result = this.checksum;
		if (result == null) {
			result = computeChecksum();
			this.checksum = result;
		}
		return result;
	}

	/** The file decoded as strict UTF-8, streaming. */
	public Reader openReader() throws IOException {
		return new Utf8Reader(this.source.open(), this.location);
	}

	/** The whole file decoded; for small files. */
	public String content() {
		try (Reader reader = openReader()) {
			StringWriter writer = new StringWriter();
			reader.transferTo(writer);
			return writer.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + this.location, ex);
		}
	}

	private String computeChecksum() {
		try (InputStream in = this.source.open()) {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[CHUNK];
			boolean first = true;
			boolean previousWasCr = false;
			int read;
			while ((read = in.readNBytes(buffer, 0, CHUNK)) > 0) {
				int start = 0;
				if (first) {
					first = false;
					start = hasByteOrderMark(buffer, read) ? 3 : 0;
				}
				// normalise line endings in place: the output never outgrows the input
				int length = 0;
				for (int i = start; i < read; i++) {
					byte b = buffer[i];
					if (b == '\n' && previousWasCr) {
						previousWasCr = false;
						continue;
					}
					previousWasCr = (b == '\r');
					buffer[length++] = previousWasCr ? (byte) '\n' : b;
				}
				digest.update(buffer, 0, length);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + this.location, ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	private static boolean hasByteOrderMark(byte[] bytes, int length) {
		return length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

	@Override
	public String toString() {
		return this.location;
	}

	/** Opens the file's bytes. */
	@FunctionalInterface
	interface ContentSource {

		InputStream open() throws IOException;

	}

}
