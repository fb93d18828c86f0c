DROP FUNCTION IF EXISTS module10_items_total(bigint);
