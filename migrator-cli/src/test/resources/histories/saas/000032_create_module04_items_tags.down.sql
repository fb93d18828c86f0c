DROP TABLE IF EXISTS module04_items_tags;
