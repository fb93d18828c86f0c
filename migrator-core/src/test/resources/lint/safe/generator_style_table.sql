-- Creates table projects; rolled back by dropping it.
CREATE TABLE IF NOT EXISTS projects (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES users (id),
    name text NOT NULL,
    settings jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX IF NOT EXISTS projects_owner_id_idx ON projects (owner_id);
CREATE UNIQUE INDEX IF NOT EXISTS projects_name_idx ON projects (owner_id, name);
ALTER TABLE projects ADD CONSTRAINT projects_name_not_blank CHECK (name <> '');
