package dev.migrator.sample;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A row of {@code tags} as Spring Data JDBC sees it, for the {@code @DataJdbcTest}. */
@Table("tags")
record Tag(@Id Long id, String name) {

}
