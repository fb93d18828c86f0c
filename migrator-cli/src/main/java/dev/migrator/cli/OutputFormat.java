package dev.migrator.cli;

/** How commands report. */
enum OutputFormat {

	TEXT, JSON

}
