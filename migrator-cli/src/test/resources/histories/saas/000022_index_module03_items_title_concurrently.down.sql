-- migrator:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS module03_items_state_idx;
DROP INDEX CONCURRENTLY IF EXISTS module03_items_title_idx;
