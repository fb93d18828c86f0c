package dev.migrator.maven.notes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "notes")
public class Note {

	@Id
	private Long id;

	@ManyToOne(optional = false)
	private User author;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

}
