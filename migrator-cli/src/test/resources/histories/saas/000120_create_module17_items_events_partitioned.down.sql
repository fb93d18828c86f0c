DROP TABLE IF EXISTS module17_items_events;
DROP SEQUENCE IF EXISTS module17_items_events_id_seq;
