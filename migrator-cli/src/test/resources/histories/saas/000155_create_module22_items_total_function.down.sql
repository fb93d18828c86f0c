DROP FUNCTION IF EXISTS module22_items_total(bigint);
