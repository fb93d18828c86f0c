DROP TABLE IF EXISTS module07_items_tags;
