DROP TABLE IF EXISTS module11_items_events;
DROP SEQUENCE IF EXISTS module11_items_events_id_seq;
