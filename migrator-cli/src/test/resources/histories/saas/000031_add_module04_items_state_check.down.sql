ALTER TABLE module04_items DROP CONSTRAINT IF EXISTS module04_items_title_not_blank;
