DROP TABLE IF EXISTS module26_items_tags;
