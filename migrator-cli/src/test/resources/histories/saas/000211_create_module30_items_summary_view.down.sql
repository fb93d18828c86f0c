DROP VIEW IF EXISTS module30_items_summary;
