DROP TRIGGER IF EXISTS module12_items_audit ON module12_items;
DROP FUNCTION IF EXISTS module12_items_audit_fn();
DROP TABLE IF EXISTS module12_items_audit;
