DROP INDEX IF EXISTS module14_items_search_idx;
ALTER TABLE module14_items DROP COLUMN IF EXISTS search;
