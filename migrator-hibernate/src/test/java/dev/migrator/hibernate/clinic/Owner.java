package dev.migrator.hibernate.clinic;

import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

@Entity
@Table(name = "owners")
public class Owner extends BaseEntity {

	private String lastName;

	@OneToMany
	@JoinColumn(name = "owner_id")
	private Set<Pet> pets;

}
