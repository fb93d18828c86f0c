DROP TRIGGER IF EXISTS module26_items_audit ON module26_items;
DROP FUNCTION IF EXISTS module26_items_audit_fn();
DROP TABLE IF EXISTS module26_items_audit;
