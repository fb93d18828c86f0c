package dev.migrator.hibernate.clinic;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.PropertySource;

/**
 * An app shaped like a well-known public sample: ids inherited from a mapped superclass, a
 * naming strategy of its own in its properties, a join table of a set and a one-to-many by
 * join column.
 */
@SpringBootApplication
@PropertySource("classpath:clinic/clinic.properties")
public class ClinicApplication {

}
