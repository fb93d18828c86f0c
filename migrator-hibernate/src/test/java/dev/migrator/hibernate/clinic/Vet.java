package dev.migrator.hibernate.clinic;

import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

@Entity
@Table(name = "vets", indexes = @Index(columnList = "last_name"))
public class Vet extends BaseEntity {

	private String firstName;

	private String lastName;

	@ManyToMany
	@JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
			inverseJoinColumns = @JoinColumn(name = "specialty_id"))
	private Set<Specialty> specialties;

}
