package dev.migrator.source;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrator.InvalidEncodingException;
import dev.migrator.MigrationSourceException;
import dev.migrator.test.MigrationFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MigrationSetTests {

	@TempDir
	Path directory;

	@Test
	void pairsUpAndDownFilesSortedByNumericVersionIgnoringOtherFiles() {
		new MigrationFolder(this.directory).pair("10_later", "SELECT 10;", "SELECT -10;")
			.up("000002_irreversible", "SELECT 2;")
			.write("README.md", "not a migration");
		MigrationSet set = load("filesystem:" + this.directory);
		assertThat(set.migrations()).extracting(Migration::version).containsExactly(2L, 10L);
		assertThat(set.find(10).orElseThrow().down()).isNotNull();
		assertThat(set.find(2).orElseThrow().reversible()).isFalse();
		assertThat(set.previousVersion(10)).isEqualTo(2L);
	}

	@Test
	void loadsFromAClasspathFolder() {
		MigrationSet set = load("classpath:migrations/classpath-basic");
		assertThat(set.migrations()).extracting(Migration::description).containsExactly("create_a", "create_b");
		assertThat(set.find(1).orElseThrow().up().location())
			.isEqualTo("classpath:migrations/classpath-basic/000001_create_a.up.sql");
		assertThat(set.find(1).orElseThrow().up().content()).isEqualTo("CREATE TABLE a (id int);\n");
	}

	@Test
	void loadsFromAClasspathFolderInsideAJar() throws IOException {
		Path jar = this.directory.resolve("migrations.jar");
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
			out.putNextEntry(new JarEntry("db/"));
			out.putNextEntry(new JarEntry("db/migrations/"));
			addEntry(out, "db/migrations/000001_init.up.sql", "CREATE TABLE t (id int);");
			addEntry(out, "db/migrations/000001_init.down.sql", "DROP TABLE t;");
			addEntry(out, "db/migrations/nested/000002_ignored.up.sql", "SELECT 1;");
		}
		try (URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null)) {
			MigrationSet set = MigrationSet.load(List.of(Location.parse("classpath:db/migrations")), loader);
			assertThat(set.migrations()).extracting(Migration::version).containsExactly(1L);
			assertThat(set.find(1).orElseThrow().down().content()).isEqualTo("DROP TABLE t;");
		}
	}

	@Test
	void mergesSeveralLocations() throws IOException {
		Path second = Files.createDirectory(this.directory.resolve("second"));
		Path first = Files.createDirectory(this.directory.resolve("first"));
		new MigrationFolder(first).up("1_a", "SELECT 1;");
		new MigrationFolder(second).up("2_b", "SELECT 2;");
		MigrationSet set = MigrationSet.load(List.of(Location.parse(first.toString()), Location.parse(second.toString())),
				getClass().getClassLoader());
		assertThat(set.migrations()).extracting(Migration::version).containsExactly(1L, 2L);
	}

	@Test
	void reportsDuplicateVersionsOrphanDownsAndBadNamesTogether() {
		new MigrationFolder(this.directory).up("001_create_a", "SELECT 1;")
			.up("1_create_b", "SELECT 1;")
			.down("000007_orphan", "SELECT 1;")
			.write("create_c.up.sql", "SELECT 1;")
			.write("0000000000000000001_too_long.up.sql", "SELECT 1;");
		assertThatExceptionOfType(MigrationSourceException.class).isThrownBy(() -> load(this.directory.toString()))
			.satisfies((ex) -> assertThat(ex.problems()).hasSize(4))
			.withMessageContaining("version 1 has two up files")
			.withMessageContaining("001_create_a.up.sql")
			.withMessageContaining("1_create_b.up.sql")
			.withMessageContaining("000007_orphan.down.sql has no matching .up.sql file")
			.withMessageContaining("create_c.up.sql: not a migration file name")
			.withMessageContaining("0000000000000000001_too_long.up.sql: not a migration file name");
	}

	@Test
	void missingLocationAndLocationThatIsAFileAreErrors() throws IOException {
		assertThatExceptionOfType(MigrationSourceException.class)
			.isThrownBy(() -> load("filesystem:" + this.directory.resolve("absent")))
			.withMessageContaining("does not exist");
		Path file = Files.writeString(this.directory.resolve("file.sql"), "SELECT 1;");
		assertThatExceptionOfType(MigrationSourceException.class).isThrownBy(() -> load(file.toString()))
			.withMessageContaining("is a file, not a folder");
		assertThatExceptionOfType(MigrationSourceException.class).isThrownBy(() -> load("classpath:no/such/folder"))
			.withMessageContaining("was not found on the classpath");
	}

	@Test
	void byteOrderMarkAndCrlfDoNotChangeContentOrChecksum() throws IOException {
		Files.writeString(this.directory.resolve("1_lf.up.sql"), "SELECT 1;\nSELECT 2;\n");
		Files.write(this.directory.resolve("2_crlf.up.sql"),
				"\uFEFFSELECT 1;\r\nSELECT 2;\r\n".getBytes(StandardCharsets.UTF_8));
		MigrationSet set = load(this.directory.toString());
		MigrationScript lf = set.find(1).orElseThrow().up();
		MigrationScript crlf = set.find(2).orElseThrow().up();
		assertThat(crlf.checksum()).isEqualTo(lf.checksum()).hasSize(64);
		assertThat(crlf.content()).startsWith("SELECT 1;");
	}

	@Test
	void invalidUtf8NamesTheFileAndByteOffset() throws IOException {
		Files.write(this.directory.resolve("1_latin1.up.sql"), new byte[] { 'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'',
				(byte) 0xE9, '\'', ';' });
		MigrationScript script = load(this.directory.toString()).find(1).orElseThrow().up();
		assertThatExceptionOfType(InvalidEncodingException.class).isThrownBy(script::content)
			.satisfies((ex) -> assertThat(ex.byteOffset()).isEqualTo(8))
			.withMessageContaining("1_latin1.up.sql: invalid UTF-8 at byte offset 8");
	}

	@Test
	void invalidUtf8FarIntoALargeFileNamesItsByteOffset() throws IOException {
		byte[] text = ("SELECT 'é" + "x".repeat(200_000)).getBytes(StandardCharsets.UTF_8);
		byte[] bytes = Arrays.copyOf(text, text.length + 2);
		bytes[text.length] = (byte) 0xE9;
		bytes[text.length + 1] = ';';
		MigrationScript script = load(writeFile("1_large.up.sql", bytes)).find(1).orElseThrow().up();
		assertThatExceptionOfType(InvalidEncodingException.class).isThrownBy(script::content)
			.satisfies((ex) -> assertThat(ex.byteOffset()).isEqualTo(text.length));
	}

	private String writeFile(String name, byte[] bytes) throws IOException {
		Files.write(this.directory.resolve(name), bytes);
		return this.directory.toString();
	}

	private MigrationSet load(String location) {
		return MigrationSet.load(List.of(Location.parse(location)), getClass().getClassLoader());
	}

	private static void addEntry(JarOutputStream out, String name, String content) throws IOException {
		out.putNextEntry(new JarEntry(name));
		out.write(content.getBytes(StandardCharsets.UTF_8));
		out.closeEntry();
	}

}
