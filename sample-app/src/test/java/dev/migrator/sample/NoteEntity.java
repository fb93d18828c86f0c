package dev.migrator.sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The {@code notes} table as JPA sees it, for the {@code @DataJpaTest}. */
@Entity
@Table(name = "notes")
class NoteEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	String getTitle() {
		return this.title;
	}

}
