DROP FUNCTION IF EXISTS module04_items_total(bigint);
