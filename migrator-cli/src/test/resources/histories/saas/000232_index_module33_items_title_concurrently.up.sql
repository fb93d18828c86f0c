-- migrator:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS module33_items_title_idx ON module33_items (lower(title));
CREATE INDEX CONCURRENTLY IF NOT EXISTS module33_items_state_idx ON module33_items (state) WHERE state <> 'archived';
