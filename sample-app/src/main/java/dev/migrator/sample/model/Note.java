package dev.migrator.sample.model;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A note, its author and its tags: the {@code notes} and {@code note_tags} tables of migrations 2 and 3. */
@Entity
@Table(name = "notes", indexes = @Index(name = "notes_user_id_idx", columnList = "user_id"))
public class Note {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(optional = false)
	@JoinColumn(name = "user_id")
	@OnDelete(action = OnDeleteAction.CASCADE)
	private User author;

	@Column(nullable = false, columnDefinition = "text")
	private String title;

	@ColumnDefault("''")
	@Column(nullable = false, columnDefinition = "text")
	private String body = "";

	@ColumnDefault("now()")
	@Column(nullable = false, insertable = false, updatable = false)
	private Instant createdAt;

	@ColumnDefault("false")
	@Column(nullable = false)
	private boolean pinned;

	@ManyToMany
	@JoinTable(name = "note_tags", joinColumns = @JoinColumn(name = "note_id"),
			inverseJoinColumns = @JoinColumn(name = "tag_id"),
			inverseForeignKey = @ForeignKey(name = "note_tags_tag_id_fkey",
					foreignKeyDefinition = "FOREIGN KEY (tag_id) REFERENCES tags ON DELETE CASCADE"),
			indexes = @Index(name = "note_tags_tag_id_idx", columnList = "tag_id"))
	@OnDelete(action = OnDeleteAction.CASCADE)
	private Set<Tag> tags = new HashSet<>();

	protected Note() {
	}

	public Note(User author, String title, String body) {
		this.author = author;
		this.title = title;
		this.body = body;
	}

	public Long getId() {
		return this.id;
	}

	public User getAuthor() {
		return this.author;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public boolean isPinned() {
		return this.pinned;
	}

	public void pin() {
		this.pinned = true;
	}

	public Set<Tag> getTags() {
		return this.tags;
	}

}
