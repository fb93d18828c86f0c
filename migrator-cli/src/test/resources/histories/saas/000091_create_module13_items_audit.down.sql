DROP TRIGGER IF EXISTS module13_items_audit ON module13_items;
DROP FUNCTION IF EXISTS module13_items_audit_fn();
DROP TABLE IF EXISTS module13_items_audit;
