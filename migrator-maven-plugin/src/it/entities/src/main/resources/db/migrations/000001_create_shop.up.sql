CREATE TABLE customers (
    id bigint PRIMARY KEY,
    name varchar(255) NOT NULL
);

CREATE TABLE orders (
    id bigint PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES customers,
    total integer
);
