package dev.migrator.boot.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Qualifier for the {@code DataSource} Migrator should use when it is not the primary one,
 * such as a DDL login with more privileges than the application's; with a
 * {@link #value() name}, the DataSource of the instance {@code migrator.instances.<name>}.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface MigratorDataSource {

	/** The name of the further instance this DataSource is migrated as; empty for the application's. */
	String value() default "";

}
