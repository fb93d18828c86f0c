DROP TABLE IF EXISTS module35_items_events;
DROP SEQUENCE IF EXISTS module35_items_events_id_seq;
