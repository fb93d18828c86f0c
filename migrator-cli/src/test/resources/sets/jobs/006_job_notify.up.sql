CREATE FUNCTION job_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('job_insert', NEW.kind);
  RETURN NEW;
END;
$$;

CREATE TRIGGER job_notify AFTER INSERT ON job FOR EACH ROW EXECUTE FUNCTION job_notify();
