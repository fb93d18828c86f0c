package com.example.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "orders")
public class PurchaseOrder {

	@Id
	private Long id;

	@ManyToOne(optional = false)
	private Customer customer;

	private Integer total;

}
