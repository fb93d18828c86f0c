DROP TRIGGER IF EXISTS module21_items_audit ON module21_items;
DROP FUNCTION IF EXISTS module21_items_audit_fn();
DROP TABLE IF EXISTS module21_items_audit;
