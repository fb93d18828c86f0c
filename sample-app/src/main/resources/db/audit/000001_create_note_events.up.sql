-- An audit log of the notes written: a set of its own, with its own history table
-- (schema_migrations_audit), run after the application's set whose notes it watches.
CREATE TABLE IF NOT EXISTS note_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    note_id bigint NOT NULL,
    action text NOT NULL,
    at timestamptz NOT NULL DEFAULT now()
);

CREATE OR REPLACE FUNCTION note_events_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO note_events (note_id, action) VALUES (NEW.id, lower(TG_OP));
    RETURN NEW;
END;
$$;

CREATE TRIGGER note_events_on_insert AFTER INSERT ON notes
    FOR EACH ROW EXECUTE FUNCTION note_events_record();
