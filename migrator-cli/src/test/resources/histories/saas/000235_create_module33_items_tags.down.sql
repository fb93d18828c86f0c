DROP TABLE IF EXISTS module33_items_tags;
