DROP TRIGGER IF EXISTS module18_items_audit ON module18_items;
DROP FUNCTION IF EXISTS module18_items_audit_fn();
DROP TABLE IF EXISTS module18_items_audit;
