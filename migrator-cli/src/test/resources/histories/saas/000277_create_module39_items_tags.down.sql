DROP TABLE IF EXISTS module39_items_tags;
