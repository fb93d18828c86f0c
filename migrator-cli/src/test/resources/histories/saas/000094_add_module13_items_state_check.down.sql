ALTER TABLE module13_items DROP CONSTRAINT IF EXISTS module13_items_title_not_blank;
