DROP TRIGGER job_notify ON job;
DROP FUNCTION job_notify();
