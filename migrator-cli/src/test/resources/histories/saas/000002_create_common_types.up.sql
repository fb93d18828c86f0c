CREATE TYPE record_state AS ENUM ('draft', 'active', 'archived');
CREATE DOMAIN positive_amount AS numeric(12, 2) CHECK (VALUE >= 0);
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;
