package dev.migrator.maven.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "users")
public class User {

	@Id
	private Long id;

	@Column(nullable = false, columnDefinition = "text")
	private String name;

}
