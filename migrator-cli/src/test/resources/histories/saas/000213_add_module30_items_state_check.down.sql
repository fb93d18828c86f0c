ALTER TABLE module30_items DROP CONSTRAINT IF EXISTS module30_items_title_not_blank;
