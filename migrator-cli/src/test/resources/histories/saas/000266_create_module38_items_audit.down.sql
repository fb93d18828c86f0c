DROP TRIGGER IF EXISTS module38_items_audit ON module38_items;
DROP FUNCTION IF EXISTS module38_items_audit_fn();
DROP TABLE IF EXISTS module38_items_audit;
