DROP TRIGGER IF EXISTS module10_items_audit ON module10_items;
DROP FUNCTION IF EXISTS module10_items_audit_fn();
DROP TABLE IF EXISTS module10_items_audit;
