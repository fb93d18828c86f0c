-- migrator:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS module39_items_title_idx ON module39_items (lower(title));
CREATE INDEX CONCURRENTLY IF NOT EXISTS module39_items_state_idx ON module39_items (state) WHERE state <> 'archived';
