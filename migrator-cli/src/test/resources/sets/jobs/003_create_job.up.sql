CREATE TABLE job (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  state job_state NOT NULL DEFAULT 'available',
  args jsonb NOT NULL DEFAULT '{}',
  attempt smallint NOT NULL DEFAULT 0,
  scheduled_at timestamptz NOT NULL DEFAULT now()
);
