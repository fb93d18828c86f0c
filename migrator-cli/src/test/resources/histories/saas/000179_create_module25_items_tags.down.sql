DROP TABLE IF EXISTS module25_items_tags;
