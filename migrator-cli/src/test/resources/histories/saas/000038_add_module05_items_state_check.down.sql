ALTER TABLE module05_items DROP CONSTRAINT IF EXISTS module05_items_title_not_blank;
