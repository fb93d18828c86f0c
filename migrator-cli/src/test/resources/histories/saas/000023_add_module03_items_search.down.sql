DROP INDEX IF EXISTS module03_items_search_idx;
ALTER TABLE module03_items DROP COLUMN IF EXISTS search;
