ALTER TABLE module02_items DROP CONSTRAINT IF EXISTS module02_items_title_not_blank;
