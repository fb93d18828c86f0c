-- migrator:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS module03_items_title_idx ON module03_items (lower(title));
CREATE INDEX CONCURRENTLY IF NOT EXISTS module03_items_state_idx ON module03_items (state) WHERE state <> 'archived';
