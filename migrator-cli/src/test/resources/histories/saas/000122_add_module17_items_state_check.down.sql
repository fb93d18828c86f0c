ALTER TABLE module17_items DROP CONSTRAINT IF EXISTS module17_items_title_not_blank;
