package dev.migrator.sample;

import org.springframework.data.jpa.repository.JpaRepository;

interface NoteEntityRepository extends JpaRepository<NoteEntity, Long> {

}
