CREATE TABLE module06_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    parent_id bigint REFERENCES module05_items (id),
    title text NOT NULL,
    amount positive_amount NOT NULL DEFAULT 0,
    state record_state NOT NULL DEFAULT 'draft',
    attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX module06_items_account_id_idx ON module06_items (account_id);
CREATE INDEX module06_items_parent_id_idx ON module06_items (parent_id);
CREATE TRIGGER module06_items_touch BEFORE UPDATE ON module06_items FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
