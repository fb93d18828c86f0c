DROP TABLE orders_products;
DROP TABLE orders;
DROP TABLE product;
DROP SEQUENCE product_seq;
DROP TABLE customer;
