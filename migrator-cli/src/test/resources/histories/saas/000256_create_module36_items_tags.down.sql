DROP TABLE IF EXISTS module36_items_tags;
