package dev.migrator.maven.notes;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The app whose entities EntitiesSchemaTests builds the schema of, as a project's compiled classes. */
@SpringBootApplication
public class NotesApplication {

}
