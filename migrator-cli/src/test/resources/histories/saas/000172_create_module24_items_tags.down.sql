DROP TABLE IF EXISTS module24_items_tags;
