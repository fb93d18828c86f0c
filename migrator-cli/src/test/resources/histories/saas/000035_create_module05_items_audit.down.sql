DROP TRIGGER IF EXISTS module05_items_audit ON module05_items;
DROP FUNCTION IF EXISTS module05_items_audit_fn();
DROP TABLE IF EXISTS module05_items_audit;
