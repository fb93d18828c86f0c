ALTER TABLE job ADD CONSTRAINT job_kind_length CHECK (char_length(kind) BETWEEN 1 AND 128);
