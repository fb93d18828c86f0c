ALTER TABLE module28_items DROP CONSTRAINT IF EXISTS module28_items_title_not_blank;
