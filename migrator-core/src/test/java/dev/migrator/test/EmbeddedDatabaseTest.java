package dev.migrator.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that runs against real PostgreSQL: one embedded server per test JVM,
 * and a fresh, empty database for every test method, handed in as a {@link TestDatabase}
 * parameter. Tagged {@code database} so the build can run these tests again on an older
 * PostgreSQL major.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
@ExtendWith(EmbeddedPostgresExtension.class)
public @interface EmbeddedDatabaseTest {

}
