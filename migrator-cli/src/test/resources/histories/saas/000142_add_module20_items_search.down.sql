DROP INDEX IF EXISTS module20_items_search_idx;
ALTER TABLE module20_items DROP COLUMN IF EXISTS search;
