DROP TABLE IF EXISTS module02_items_tags;
