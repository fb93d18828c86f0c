package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customers")
public class Customer {

	@Id
	private Long id;

	@Column(nullable = false)
	private String name;

	/** New since the migrations: the column the diff adds. */
	private String email;

}
