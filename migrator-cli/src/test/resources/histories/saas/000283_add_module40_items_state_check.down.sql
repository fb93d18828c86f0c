ALTER TABLE module40_items DROP CONSTRAINT IF EXISTS module40_items_title_not_blank;
