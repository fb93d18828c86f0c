ALTER TABLE module11_items DROP CONSTRAINT IF EXISTS module11_items_title_not_blank;
