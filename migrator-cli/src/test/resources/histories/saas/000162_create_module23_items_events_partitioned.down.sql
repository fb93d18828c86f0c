DROP TABLE IF EXISTS module23_items_events;
DROP SEQUENCE IF EXISTS module23_items_events_id_seq;
