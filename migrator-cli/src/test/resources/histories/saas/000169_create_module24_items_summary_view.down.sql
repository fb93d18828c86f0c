DROP VIEW IF EXISTS module24_items_summary;
