-- expect: concurrently-in-transaction, transaction-control
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_total_idx ON orders (total);
SAVEPOINT before_vacuum;
