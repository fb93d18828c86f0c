DROP TABLE IF EXISTS module22_items_tags;
