CREATE TABLE jobs_migration (version bigint PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());
