DROP TRIGGER IF EXISTS module20_items_audit ON module20_items;
DROP FUNCTION IF EXISTS module20_items_audit_fn();
DROP TABLE IF EXISTS module20_items_audit;
