CREATE TABLE module36_items_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL,
    operation text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    old_row jsonb
);
CREATE INDEX module36_items_audit_item_id_idx ON module36_items_audit (item_id);
CREATE OR REPLACE FUNCTION module36_items_audit_fn() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    note text := 'audit; ''quoted'' $$ not a delimiter';
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO module36_items_audit (item_id, operation, old_row) VALUES (OLD.id, TG_OP, to_jsonb(OLD));
        RETURN OLD;
    END IF;
    INSERT INTO module36_items_audit (item_id, operation, old_row)
        VALUES (NEW.id, TG_OP, CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END);
    RETURN NEW;
END;
$body$;
CREATE TRIGGER module36_items_audit AFTER INSERT OR UPDATE OR DELETE ON module36_items
    FOR EACH ROW EXECUTE FUNCTION module36_items_audit_fn();
