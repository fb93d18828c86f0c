CREATE TABLE IF NOT EXISTS users (id bigint PRIMARY KEY, name text NOT NULL);
