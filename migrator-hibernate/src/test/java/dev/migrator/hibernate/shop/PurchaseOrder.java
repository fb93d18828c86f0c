package dev.migrator.hibernate.shop;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "orders")
public class PurchaseOrder {

	@Id
	private UUID id;

	@ManyToOne(optional = false)
	private Customer customer;

	@ManyToMany
	private Set<Product> products;

	@Column(columnDefinition = "text")
	private String note;

	private Instant placedAt;

	@Version
	private Integer version;

}
