package dev.migrator.sample;

import org.springframework.data.repository.ListCrudRepository;

interface TagRepository extends ListCrudRepository<Tag, Long> {

}
