DROP TRIGGER IF EXISTS module28_items_audit ON module28_items;
DROP FUNCTION IF EXISTS module28_items_audit_fn();
DROP TABLE IF EXISTS module28_items_audit;
