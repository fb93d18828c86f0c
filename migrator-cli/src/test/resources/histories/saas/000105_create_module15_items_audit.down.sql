DROP TRIGGER IF EXISTS module15_items_audit ON module15_items;
DROP FUNCTION IF EXISTS module15_items_audit_fn();
DROP TABLE IF EXISTS module15_items_audit;
