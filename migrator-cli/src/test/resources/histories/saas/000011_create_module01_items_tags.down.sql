DROP TABLE IF EXISTS module01_items_tags;
