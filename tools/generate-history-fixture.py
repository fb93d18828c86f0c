#!/usr/bin/env python3
"""Writes the realistic migration history used by the real-world history tests.

A SaaS-like schema grown over a few hundred paired migrations: tables with foreign keys
and their indexes, PL/pgSQL functions and triggers, DO blocks, views, materialized views,
extensions, enums, domains, partitions, COPY data, SQL-standard function bodies,
non-transactional concurrent indexes and a file wrapped in BEGIN/COMMIT. Every down
reverses its up. Run from the repository root; the output is committed.
"""
import os
import sys

OUT = sys.argv[1] if len(sys.argv) > 1 else "migrator-cli/src/test/resources/histories/saas"
MODULES = 40  # each module adds several migrations

files = []


def add(name, up, down):
    files.append((name, up.strip() + "\n", down.strip() + "\n"))


add("enable_extensions",
    """
CREATE EXTENSION IF NOT EXISTS pgcrypto;
CREATE EXTENSION IF NOT EXISTS citext;
""",
    """
DROP EXTENSION IF EXISTS citext;
DROP EXTENSION IF EXISTS pgcrypto;
""")
add("create_common_types",
    """
CREATE TYPE record_state AS ENUM ('draft', 'active', 'archived');
CREATE DOMAIN positive_amount AS numeric(12, 2) CHECK (VALUE >= 0);
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
""",
    """
DROP FUNCTION IF EXISTS touch_updated_at();
DROP DOMAIN IF EXISTS positive_amount;
DROP TYPE IF EXISTS record_state;
""")
add("create_accounts",
    """
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
""",
    """
DROP TABLE IF EXISTS accounts;
""")
add("seed_accounts",
    """
COPY accounts (name, email) FROM stdin;
Acme Corp	ops@acme.test
Globex; Inc.	it@globex.test
O'Reilly Media	admin@oreilly.test
\\.
""",
    """
DELETE FROM accounts WHERE email IN ('ops@acme.test', 'it@globex.test', 'admin@oreilly.test');
""")

for m in range(1, MODULES + 1):
    t = f"module{m:02d}_items"
    prev = "accounts" if m == 1 else f"module{m - 1:02d}_items"
    add(f"create_{t}",
        f"""
CREATE TABLE {t} (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    parent_id bigint REFERENCES {prev} (id),
    title text NOT NULL,
    amount positive_amount NOT NULL DEFAULT 0,
    state record_state NOT NULL DEFAULT 'draft',
    attributes jsonb NOT NULL DEFAULT '{{}}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX {t}_account_id_idx ON {t} (account_id);
CREATE INDEX {t}_parent_id_idx ON {t} (parent_id);
CREATE TRIGGER {t}_touch BEFORE UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
""",
        f"""
DROP TABLE IF EXISTS {t};
""")
    add(f"add_{t}_notes",
        f"""
ALTER TABLE {t} ADD COLUMN notes text;
ALTER TABLE {t} ADD COLUMN priority integer NOT NULL DEFAULT 3 CHECK (priority BETWEEN 1 AND 5);
COMMENT ON COLUMN {t}.priority IS 'Priority from 1 (urgent) to 5 (someday); it''s a small int';
""",
        f"""
ALTER TABLE {t} DROP COLUMN IF EXISTS priority;
ALTER TABLE {t} DROP COLUMN IF EXISTS notes;
""")
    add(f"create_{t}_audit",
        f"""
CREATE TABLE {t}_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id bigint NOT NULL,
    operation text NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now(),
    old_row jsonb
);
CREATE INDEX {t}_audit_item_id_idx ON {t}_audit (item_id);
CREATE OR REPLACE FUNCTION {t}_audit_fn() RETURNS trigger
LANGUAGE plpgsql AS $body$
DECLARE
    note text := 'audit; ''quoted'' $$ not a delimiter';
BEGIN
    IF TG_OP = 'DELETE' THEN
        INSERT INTO {t}_audit (item_id, operation, old_row) VALUES (OLD.id, TG_OP, to_jsonb(OLD));
        RETURN OLD;
    END IF;
    INSERT INTO {t}_audit (item_id, operation, old_row)
        VALUES (NEW.id, TG_OP, CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) END);
    RETURN NEW;
END;
$body$;
CREATE TRIGGER {t}_audit AFTER INSERT OR UPDATE OR DELETE ON {t}
    FOR EACH ROW EXECUTE FUNCTION {t}_audit_fn();
""",
        f"""
DROP TRIGGER IF EXISTS {t}_audit ON {t};
DROP FUNCTION IF EXISTS {t}_audit_fn();
DROP TABLE IF EXISTS {t}_audit;
""")
    kind = m % 6
    if kind == 0:
        add(f"create_{t}_summary_view",
            f"""
CREATE VIEW {t}_summary AS
    SELECT account_id, state, count(*) AS items, sum(amount) AS total
    FROM {t}
    GROUP BY account_id, state;
""",
            f"""
DROP VIEW IF EXISTS {t}_summary;
""")
    elif kind == 1:
        add(f"create_{t}_totals_matview",
            f"""
CREATE MATERIALIZED VIEW {t}_totals AS
    SELECT account_id, sum(amount) AS total, max(updated_at) AS last_change
    FROM {t}
    GROUP BY account_id
WITH DATA;
CREATE UNIQUE INDEX {t}_totals_account_id_idx ON {t}_totals (account_id);
""",
            f"""
DROP MATERIALIZED VIEW IF EXISTS {t}_totals;
""")
    elif kind == 2:
        add(f"backfill_{t}_attributes",
            f"""
DO $do$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT id FROM accounts ORDER BY id LOOP
        INSERT INTO {t} (account_id, title, attributes)
            VALUES (r.id, 'welcome; item', jsonb_build_object('seeded', true, 'note', E'it\\'s seeded'));
    END LOOP;
END
$do$;
""",
            f"""
DELETE FROM {t} WHERE attributes @> '{{"seeded": true}}';
""")
    elif kind == 3:
        add(f"index_{t}_title_concurrently",
            f"""
-- migrator:no-transaction
CREATE INDEX CONCURRENTLY IF NOT EXISTS {t}_title_idx ON {t} (lower(title));
CREATE INDEX CONCURRENTLY IF NOT EXISTS {t}_state_idx ON {t} (state) WHERE state <> 'archived';
""",
            f"""
-- migrator:no-transaction
DROP INDEX CONCURRENTLY IF EXISTS {t}_state_idx;
DROP INDEX CONCURRENTLY IF EXISTS {t}_title_idx;
""")
    elif kind == 4:
        add(f"create_{t}_total_function",
            f"""
CREATE FUNCTION {t}_total(p_account bigint) RETURNS numeric
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(amount), 0) FROM {t} WHERE account_id = p_account;
END;
""",
            f"""
DROP FUNCTION IF EXISTS {t}_total(bigint);
""")
    else:
        add(f"create_{t}_events_partitioned",
            f"""
BEGIN;
CREATE TABLE {t}_events (
    id bigint NOT NULL,
    item_id bigint NOT NULL,
    happened_at timestamptz NOT NULL,
    payload jsonb,
    PRIMARY KEY (id, happened_at)
) PARTITION BY RANGE (happened_at);
CREATE TABLE {t}_events_2025 PARTITION OF {t}_events
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE {t}_events_2026 PARTITION OF {t}_events
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE SEQUENCE {t}_events_id_seq AS bigint START WITH 1000 INCREMENT BY 10;
ALTER TABLE {t}_events ALTER COLUMN id SET DEFAULT nextval('{t}_events_id_seq');
COMMIT;
""",
            f"""
DROP TABLE IF EXISTS {t}_events;
DROP SEQUENCE IF EXISTS {t}_events_id_seq;
""")
    add(f"add_{t}_search",
        f"""
ALTER TABLE {t} ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(notes, ''))) STORED;
/* a GIN index for full-text search; /* nested */ comment */
CREATE INDEX {t}_search_idx ON {t} USING gin (search);
""",
        f"""
DROP INDEX IF EXISTS {t}_search_idx;
ALTER TABLE {t} DROP COLUMN IF EXISTS search;
""")
    add(f"add_{t}_state_check",
        f"""
ALTER TABLE {t} ADD CONSTRAINT {t}_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE {t} VALIDATE CONSTRAINT {t}_title_not_blank;
""",
        f"""
ALTER TABLE {t} DROP CONSTRAINT IF EXISTS {t}_title_not_blank;
""")
    add(f"create_{t}_tags",
        f"""
CREATE TABLE {t}_tags (
    item_id bigint NOT NULL REFERENCES {t} (id) ON DELETE CASCADE,
    tag text NOT NULL,
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX {t}_tags_tag_idx ON {t}_tags (tag);
""",
        f"""
DROP TABLE IF EXISTS {t}_tags;
""")

os.makedirs(OUT, exist_ok=True)
for old in os.listdir(OUT):
    os.remove(os.path.join(OUT, old))
for i, (name, up, down) in enumerate(files, start=1):
    with open(os.path.join(OUT, f"{i:06d}_{name}.up.sql"), "w") as f:
        f.write(up)
    with open(os.path.join(OUT, f"{i:06d}_{name}.down.sql"), "w") as f:
        f.write(down)
print(f"{len(files)} migrations written to {OUT}")
