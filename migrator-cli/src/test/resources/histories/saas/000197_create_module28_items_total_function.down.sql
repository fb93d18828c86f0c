DROP FUNCTION IF EXISTS module28_items_total(bigint);
