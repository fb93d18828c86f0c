ALTER TABLE module26_items DROP CONSTRAINT IF EXISTS module26_items_title_not_blank;
