CREATE TABLE IF NOT EXISTS notes (id bigint PRIMARY KEY, user_id bigint NOT NULL, body text NOT NULL);
