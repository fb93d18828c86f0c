DROP INDEX IF EXISTS module16_items_search_idx;
ALTER TABLE module16_items DROP COLUMN IF EXISTS search;
