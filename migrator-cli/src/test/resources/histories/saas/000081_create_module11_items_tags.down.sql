DROP TABLE IF EXISTS module11_items_tags;
