package dev.migrator.sample.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A comment on a note: added after the first release, its table written by {@code migrator:diff}. */
@Entity
@Table(name = "comments", indexes = @Index(columnList = "note_id"))
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "note_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Note note;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

	@ColumnDefault("now()")
	@Column(nullable = false, insertable = false, updatable = false)
	private Instant createdAt;

	protected Comment() {
	}

	public Comment(Note note, String body) {
		this.note = note;
		this.body = body;
	}

	public Note getNote() {
		return this.note;
	}

	public String getBody() {
		return this.body;
	}

}
