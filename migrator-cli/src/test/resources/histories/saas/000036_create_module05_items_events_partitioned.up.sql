BEGIN;
CREATE TABLE module05_items_events (
    id bigint NOT NULL,
    item_id bigint NOT NULL,
    happened_at timestamptz NOT NULL,
    payload jsonb,
    PRIMARY KEY (id, happened_at)
) PARTITION BY RANGE (happened_at);
CREATE TABLE module05_items_events_2025 PARTITION OF module05_items_events
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE module05_items_events_2026 PARTITION OF module05_items_events
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE SEQUENCE module05_items_events_id_seq AS bigint START WITH 1000 INCREMENT BY 10;
ALTER TABLE module05_items_events ALTER COLUMN id SET DEFAULT nextval('module05_items_events_id_seq');
COMMIT;
