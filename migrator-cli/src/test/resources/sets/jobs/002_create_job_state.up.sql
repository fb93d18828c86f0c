CREATE TYPE job_state AS ENUM ('available', 'running', 'completed', 'discarded');
