CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);
CREATE TABLE notes (id bigint PRIMARY KEY, user_id bigint NOT NULL, body text NOT NULL);
