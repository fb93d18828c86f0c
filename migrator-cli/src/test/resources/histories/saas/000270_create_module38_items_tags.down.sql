DROP TABLE IF EXISTS module38_items_tags;
