DROP TRIGGER IF EXISTS module03_items_audit ON module03_items;
DROP FUNCTION IF EXISTS module03_items_audit_fn();
DROP TABLE IF EXISTS module03_items_audit;
