ALTER TABLE module03_items DROP CONSTRAINT IF EXISTS module03_items_title_not_blank;
