ALTER TABLE module29_items DROP CONSTRAINT IF EXISTS module29_items_title_not_blank;
