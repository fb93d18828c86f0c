DROP TABLE IF EXISTS module35_items_tags;
