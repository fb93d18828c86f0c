DROP TYPE job_state;
