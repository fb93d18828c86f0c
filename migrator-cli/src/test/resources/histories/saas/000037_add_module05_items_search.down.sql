DROP INDEX IF EXISTS module05_items_search_idx;
ALTER TABLE module05_items DROP COLUMN IF EXISTS search;
