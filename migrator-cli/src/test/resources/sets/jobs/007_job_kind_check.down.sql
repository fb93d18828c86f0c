ALTER TABLE job DROP CONSTRAINT job_kind_length;
