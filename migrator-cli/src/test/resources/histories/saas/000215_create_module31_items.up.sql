CREATE TABLE module31_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    parent_id bigint REFERENCES module30_items (id),
    title text NOT NULL,
    amount positive_amount NOT NULL DEFAULT 0,
    state record_state NOT NULL DEFAULT 'draft',
    attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX module31_items_account_id_idx ON module31_items (account_id);
CREATE INDEX module31_items_parent_id_idx ON module31_items (parent_id);
CREATE TRIGGER module31_items_touch BEFORE UPDATE ON module31_items FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
