DROP TRIGGER IF EXISTS module14_items_audit ON module14_items;
DROP FUNCTION IF EXISTS module14_items_audit_fn();
DROP TABLE IF EXISTS module14_items_audit;
