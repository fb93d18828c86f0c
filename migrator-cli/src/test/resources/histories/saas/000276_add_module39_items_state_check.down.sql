ALTER TABLE module39_items DROP CONSTRAINT IF EXISTS module39_items_title_not_blank;
