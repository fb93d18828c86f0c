package dev.migrator.testing.drifted;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A library whose entities moved on since its last migration: a column and an entity more. */
@SpringBootApplication
public class DriftedApplication {

}
