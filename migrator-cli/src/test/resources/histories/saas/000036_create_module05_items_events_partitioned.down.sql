DROP TABLE IF EXISTS module05_items_events;
DROP SEQUENCE IF EXISTS module05_items_events_id_seq;
