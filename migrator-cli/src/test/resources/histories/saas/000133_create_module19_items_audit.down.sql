DROP TRIGGER IF EXISTS module19_items_audit ON module19_items;
DROP FUNCTION IF EXISTS module19_items_audit_fn();
DROP TABLE IF EXISTS module19_items_audit;
