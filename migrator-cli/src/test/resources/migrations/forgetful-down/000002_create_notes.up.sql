CREATE TABLE IF NOT EXISTS notes (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    body text NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_user_id_idx ON notes (user_id);
