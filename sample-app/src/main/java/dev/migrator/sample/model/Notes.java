package dev.migrator.sample.model;

import org.springframework.data.jpa.repository.JpaRepository;

/** Notes through Spring Data JPA. */
public interface Notes extends JpaRepository<Note, Long> {

}
