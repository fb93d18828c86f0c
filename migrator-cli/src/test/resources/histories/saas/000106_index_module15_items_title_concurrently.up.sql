-- migrator:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS module15_items_title_idx ON module15_items (lower(title));
CREATE INDEX CONCURRENTLY IF NOT EXISTS module15_items_state_idx ON module15_items (state) WHERE state <> 'archived';
