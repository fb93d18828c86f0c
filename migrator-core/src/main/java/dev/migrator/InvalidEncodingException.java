package dev.migrator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A migration file is not valid UTF-8.
 */
public final class InvalidEncodingException extends MigratorException {

	private final String file;

	private final long byteOffset;

	public InvalidEncodingException(String file, long byteOffset) {
		super(file + ": invalid UTF-8 at byte offset " + byteOffset
				+ ". Save the file as UTF-8 (migration files are always read as UTF-8).");
		this.file = file;
		this.byteOffset = byteOffset;
	}

	/** Where the file is: {@code classpath:…} or a path. */
	public String file() {
		return this.file;
	}

	/** The file's name. */
	public String fileName() {
		return fileNameOf(this.file);
	}

	public long byteOffset() {
		return this.byteOffset;
	}

	@Override
	public Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("file", this.file);
		details.put("byteOffset", this.byteOffset);
		return details;
	}

}
