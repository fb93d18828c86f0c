DROP TABLE IF EXISTS module40_items_tags;
