-- migrator:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS module09_items_title_idx ON module09_items (lower(title));
CREATE INDEX CONCURRENTLY IF NOT EXISTS module09_items_state_idx ON module09_items (state) WHERE state <> 'archived';
