DROP TABLE IF EXISTS module32_items_tags;
