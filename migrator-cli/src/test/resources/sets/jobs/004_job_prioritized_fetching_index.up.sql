CREATE INDEX job_prioritized_fetching_index ON job (state, scheduled_at, id);
