package dev.migrator.source;

import dev.migrator.MigratorException;

/**
 * A migration file is not valid UTF-8.
 */
public class InvalidEncodingException extends MigratorException {

	private final String file;

	private final long byteOffset;

	public InvalidEncodingException(String file, long byteOffset) {
		super(file + ": invalid UTF-8 at byte offset " + byteOffset
				+ ". Save the file as UTF-8 (migration files are always read as UTF-8).");
		this.file = file;
		this.byteOffset = byteOffset;
	}

	public String file() {
		return this.file;
	}

	public long byteOffset() {
		return this.byteOffset;
	}

}
