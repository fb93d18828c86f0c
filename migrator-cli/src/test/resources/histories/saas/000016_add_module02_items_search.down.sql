DROP INDEX IF EXISTS module02_items_search_idx;
ALTER TABLE module02_items DROP COLUMN IF EXISTS search;
