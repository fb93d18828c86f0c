package dev.migrator.hibernate.shop;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
public class Product {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(columnDefinition = "numeric(12,2) not null default 0")
	private BigDecimal price;

	@Enumerated(EnumType.STRING)
	private Category category;

	public enum Category {

		BOOKS, GAMES, TOOLS

	}

}
