DROP TABLE IF EXISTS module29_items_events;
DROP SEQUENCE IF EXISTS module29_items_events_id_seq;
