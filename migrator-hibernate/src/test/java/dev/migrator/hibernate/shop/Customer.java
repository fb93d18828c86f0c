package dev.migrator.hibernate.shop;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

@Entity
public class Customer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String email;

	@Embedded
	private Address address;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CustomerStatus status;

	@Enumerated(EnumType.ORDINAL)
	private Tier tier;

	@Column(nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	public enum CustomerStatus {

		ACTIVE, SUSPENDED

	}

	public enum Tier {

		BRONZE, SILVER, GOLD

	}

}
