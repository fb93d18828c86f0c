DROP FUNCTION IF EXISTS module40_items_total(bigint);
