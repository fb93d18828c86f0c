CREATE TABLE accounts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    email citext NOT NULL UNIQUE,
    api_key text NOT NULL DEFAULT encode(gen_random_bytes(16), 'hex'),
    state record_state NOT NULL DEFAULT 'active',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER accounts_touch BEFORE UPDATE ON accounts
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
COMMENT ON TABLE accounts IS 'Tenants; every other row belongs to one';
