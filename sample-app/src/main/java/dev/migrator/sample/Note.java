package dev.migrator.sample;

import java.util.List;

/** A note as the API shows it. */
public record Note(long id, String author, String title, String body, List<String> tags) {

}
