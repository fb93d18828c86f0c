-- migrator:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_number_idx ON orders (number);
