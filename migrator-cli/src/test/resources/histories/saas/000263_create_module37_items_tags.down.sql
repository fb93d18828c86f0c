DROP TABLE IF EXISTS module37_items_tags;
