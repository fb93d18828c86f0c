package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** New since the migrations: the table the diff creates, with its foreign key to orders. */
@Entity
@Table(name = "comments")
public class Comment {

	@Id
	private Long id;

	@ManyToOne(optional = false)
	private PurchaseOrder purchaseOrder;

	@Column(nullable = false, columnDefinition = "text")
	private String body;

}
