ALTER TABLE module21_items DROP CONSTRAINT IF EXISTS module21_items_title_not_blank;
