ALTER TABLE module24_items DROP CONSTRAINT IF EXISTS module24_items_title_not_blank;
