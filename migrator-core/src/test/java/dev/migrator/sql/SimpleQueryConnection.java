package dev.migrator.sql;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import dev.migrator.test.TestDatabase;

/**
 * Just enough of PostgreSQL's wire protocol to send text as one simple Query message, so
 * the server's own parser splits it: the JDBC driver would split it first itself.
 */
final class SimpleQueryConnection implements AutoCloseable {

	/**
	 * What the server answered to one Query message.
	 *
	 * @param commands the tag of every command it completed, in order
	 * @param error the message of the error that stopped it, or {@code null}
	 */
	record Answer(List<String> commands, String error) {

	}

	private final Socket socket;

	private final DataInputStream in;

	private final DataOutputStream out;

	SimpleQueryConnection(TestDatabase database) throws IOException {
		this.socket = new Socket("localhost", database.port());
		this.in = new DataInputStream(new BufferedInputStream(this.socket.getInputStream()));
		this.out = new DataOutputStream(new BufferedOutputStream(this.socket.getOutputStream()));
		byte[] parameters = ("user\0" + database.user() + "\0database\0" + database.name() + "\0\0")
			.getBytes(StandardCharsets.UTF_8);
		this.out.writeInt(8 + parameters.length);
		this.out.writeInt(3 << 16);
		this.out.write(parameters);
		this.out.flush();
		Answer startup = answer();
		if (startup.error() != null) {
			throw new IOException("Could not connect: " + startup.error());
		}
	}

	Answer query(String sql) throws IOException {
		byte[] text = sql.getBytes(StandardCharsets.UTF_8);
		this.out.writeByte('Q');
		this.out.writeInt(4 + text.length + 1);
		this.out.write(text);
		this.out.writeByte(0);
		this.out.flush();
		return answer();
	}

	private Answer answer() throws IOException {
		List<String> commands = new ArrayList<>();
		String error = null;
		while (true) {
			byte type = this.in.readByte();
			byte[] body = new byte[this.in.readInt() - 4];
			this.in.readFully(body);
			switch (type) {
				case 'R' -> {
					if (ByteBuffer.wrap(body).getInt() != 0) {
						throw new IOException("the embedded server asked for a password; this client only knows trust");
					}
				}
				case 'C' -> commands.add(new String(body, 0, body.length - 1, StandardCharsets.UTF_8));
				case 'E' -> error = errorMessage(body);
				case 'Z' -> {
					return new Answer(commands, error);
				}
				default -> {
					// parameter status, key data, rows, notices, an empty query: nothing to count
				}
			}
		}
	}

	/** The fields of an ErrorResponse that say what failed and where: message and position. */
	private static String errorMessage(byte[] body) {
		StringBuilder message = new StringBuilder();
		int i = 0;
		while (body[i] != 0) {
			byte field = body[i++];
			int end = i;
			while (body[end] != 0) {
				end++;
			}
			String value = new String(body, i, end - i, StandardCharsets.UTF_8);
			if (field == 'M') {
				message.insert(0, value);
			}
			else if (field == 'P') {
				message.append(" (at character ").append(value).append(')');
			}
			i = end + 1;
		}
		return message.toString();
	}

	@Override
	public void close() throws IOException {
		this.out.writeByte('X');
		this.out.writeInt(4);
		this.out.flush();
		this.socket.close();
	}

}
