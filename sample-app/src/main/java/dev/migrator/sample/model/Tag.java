package dev.migrator.sample.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A tag notes carry: the {@code tags} table of migration 3. */
@Entity
@Table(name = "tags")
public class Tag {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, columnDefinition = "text")
	private String name;

	protected Tag() {
	}

	public Tag(String name) {
		this.name = name;
	}

	public String getName() {
		return this.name;
	}

}
