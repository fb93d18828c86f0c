DROP TRIGGER IF EXISTS module22_items_audit ON module22_items;
DROP FUNCTION IF EXISTS module22_items_audit_fn();
DROP TABLE IF EXISTS module22_items_audit;
