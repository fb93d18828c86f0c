-- migrator:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS module33_items_state_idx;
DROP INDEX CONCURRENTLY IF EXISTS module33_items_title_idx;
