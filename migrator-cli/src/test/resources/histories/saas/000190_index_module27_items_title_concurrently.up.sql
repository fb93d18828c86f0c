-- migrator:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS module27_items_title_idx ON module27_items (lower(title));
CREATE INDEX CONCURRENTLY IF NOT EXISTS module27_items_state_idx ON module27_items (state) WHERE state <> 'archived';
