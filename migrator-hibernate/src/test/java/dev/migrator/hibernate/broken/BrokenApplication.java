package dev.migrator.hibernate.broken;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An app whose entity asks for a column type PostgreSQL does not have. */
@SpringBootApplication
public class BrokenApplication {

}
