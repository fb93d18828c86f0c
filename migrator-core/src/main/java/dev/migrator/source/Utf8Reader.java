package dev.migrator.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.migrator.InvalidEncodingException;

/**
 * Decodes a migration file as strict UTF-8, streaming: a leading byte-order mark is
 * dropped, and invalid bytes are an {@link InvalidEncodingException} naming the byte offset
 * rather than a silent replacement character.
 */
final class Utf8Reader extends Reader {

	private static final int INITIAL_BUFFER_SIZE = 4 * 1024;

	private static final int BULK_BUFFER_SIZE = 64 * 1024;

	private final InputStream in;

	private final String location;

	private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
		.onMalformedInput(CodingErrorAction.REPORT)
		.onUnmappableCharacter(CodingErrorAction.REPORT);

	private ByteBuffer bytes = ByteBuffer.allocate(INITIAL_BUFFER_SIZE);

	private long bytesBeforeBuffer;

	private boolean endOfInput;

	private boolean started;

	private boolean flushed;

	Utf8Reader(InputStream in, String location) {
		this.in = in;
		this.location = location;
		this.bytes.flip();
	}

	@Override
	public int read(char[] target, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		CharBuffer out = CharBuffer.wrap(target, offset, length);
		while (out.position() == offset) {
			if (!this.endOfInput && this.bytes.remaining() < 4) {
				fill();
			}
			if (this.flushed) {
				return -1;
			}
			CoderResult result = this.decoder.decode(this.bytes, out, this.endOfInput);
			if (result.isError()) {
				throw new InvalidEncodingException(this.location, this.bytesBeforeBuffer + this.bytes.position());
			}
			if (this.endOfInput && !this.bytes.hasRemaining()) {
				this.decoder.flush(out);
				if (out.position() == offset) {
					this.flushed = true;
					return -1;
				}
				this.flushed = true;
			}
		}
		return out.position() - offset;
	}

	private void fill() throws IOException {
		this.bytesBeforeBuffer += this.bytes.position();
		// a migration is usually a few kilobytes: start small, and grow for a file that fills the buffer
		if (this.bytes.limit() == this.bytes.capacity() && this.bytes.capacity() < BULK_BUFFER_SIZE) {
			ByteBuffer larger = ByteBuffer.allocate(2 * this.bytes.capacity());
			larger.put(this.bytes);
			larger.flip();
			this.bytes = larger;
		}
		this.bytes.compact();
		int read = this.in.read(this.bytes.array(), this.bytes.position(), this.bytes.remaining());
		if (read < 0) {
			this.endOfInput = true;
		}
		else {
			this.bytes.position(this.bytes.position() + read);
		}
		this.bytes.flip();
		if (!this.started) {
			this.started = true;
			skipByteOrderMark();
		}
	}

	private void skipByteOrderMark() {
		if (this.bytes.remaining() >= 3 && (this.bytes.get(0) & 0xFF) == 0xEF && (this.bytes.get(1) & 0xFF) == 0xBB
				&& (this.bytes.get(2) & 0xFF) == 0xBF) {
			this.bytes.position(3);
		}
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
