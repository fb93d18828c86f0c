DROP TRIGGER IF EXISTS module40_items_audit ON module40_items;
DROP FUNCTION IF EXISTS module40_items_audit_fn();
DROP TABLE IF EXISTS module40_items_audit;
