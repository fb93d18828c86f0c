DROP TRIGGER IF EXISTS module35_items_audit ON module35_items;
DROP FUNCTION IF EXISTS module35_items_audit_fn();
DROP TABLE IF EXISTS module35_items_audit;
