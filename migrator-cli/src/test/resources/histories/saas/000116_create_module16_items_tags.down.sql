DROP TABLE IF EXISTS module16_items_tags;
