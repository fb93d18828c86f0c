-- migrator:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS module21_items_title_idx ON module21_items (lower(title));
CREATE INDEX CONCURRENTLY IF NOT EXISTS module21_items_state_idx ON module21_items (state) WHERE state <> 'archived';
