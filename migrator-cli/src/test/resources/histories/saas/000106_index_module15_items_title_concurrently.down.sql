-- migrator:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS module15_items_state_idx;
DROP INDEX CONCURRENTLY IF EXISTS module15_items_title_idx;
