ALTER TABLE module18_items DROP CONSTRAINT IF EXISTS module18_items_title_not_blank;
