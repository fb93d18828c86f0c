package dev.migrator.sql;

import java.util.List;

/**
 * A parsed migration file.
 *
 * @param fileName the file's name, for messages
 * @param statements its statements in order, without a {@code BEGIN; … COMMIT;} wrapper
 * @param noTransaction whether the file carries {@code -- migrator:no-transaction}
 * @param wrapped whether the file wrapped itself in {@code BEGIN; … COMMIT;}
 * @param directives its {@code -- migrator:} comments
 * @param copyData whether it holds {@code COPY … FROM STDIN} data, which the statements
 * leave out: it is streamed from the file when the script runs
 */
public record SqlScript(String fileName, List<SqlStatement> statements, boolean noTransaction, boolean wrapped,
		List<Directive> directives, boolean copyData) {

}
