DROP TABLE IF EXISTS module17_items_tags;
