DROP VIEW IF EXISTS module06_items_summary;
