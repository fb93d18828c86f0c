package dev.migrator.hibernate.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class Address {

	private String street;

	private String city;

	@Column(length = 16)
	private String postalCode;

}
