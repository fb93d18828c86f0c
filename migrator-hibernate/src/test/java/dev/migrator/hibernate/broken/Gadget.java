package dev.migrator.hibernate.broken;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Gadget {

	@Id
	private Long id;

	@Column(columnDefinition = "no_such_type")
	private String spec;

}
