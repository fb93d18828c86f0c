package dev.migrator.hibernate.clinic;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

@Entity
@Table(name = "pets")
public class Pet extends BaseEntity {

	private String name;

	private LocalDate birthDate;

}
