ALTER TABLE module33_items DROP CONSTRAINT IF EXISTS module33_items_title_not_blank;
