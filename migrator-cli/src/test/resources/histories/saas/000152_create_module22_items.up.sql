CREATE TABLE module22_items (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    parent_id bigint REFERENCES module21_items (id),
    title text NOT NULL,
    amount positive_amount NOT NULL DEFAULT 0,
    state record_state NOT NULL DEFAULT 'draft',
    attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX module22_items_account_id_idx ON module22_items (account_id);
CREATE INDEX module22_items_parent_id_idx ON module22_items (parent_id);
CREATE TRIGGER module22_items_touch BEFORE UPDATE ON module22_items FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
