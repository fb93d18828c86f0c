ALTER TABLE module12_items DROP CONSTRAINT IF EXISTS module12_items_title_not_blank;
