ALTER TABLE module37_items DROP CONSTRAINT IF EXISTS module37_items_title_not_blank;
