DROP FUNCTION IF EXISTS module34_items_total(bigint);
