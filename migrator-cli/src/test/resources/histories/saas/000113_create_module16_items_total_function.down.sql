DROP FUNCTION IF EXISTS module16_items_total(bigint);
