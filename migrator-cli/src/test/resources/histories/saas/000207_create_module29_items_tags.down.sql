DROP TABLE IF EXISTS module29_items_tags;
