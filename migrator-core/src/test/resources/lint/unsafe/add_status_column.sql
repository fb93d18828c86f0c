-- expect: not-null-without-default, index-not-concurrent
ALTER TABLE orders ADD COLUMN status text NOT NULL;
CREATE INDEX IF NOT EXISTS orders_status_idx ON orders (status);
