DROP TRIGGER IF EXISTS note_events_on_insert ON notes;
DROP FUNCTION IF EXISTS note_events_record();
DROP TABLE IF EXISTS note_events;
