ALTER TABLE module25_items DROP CONSTRAINT IF EXISTS module25_items_title_not_blank;
