-- expect: change-column-type, volatile-default, unique-constraint, set-not-null
ALTER TABLE orders ALTER COLUMN total TYPE bigint USING total::bigint;
ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
ALTER TABLE orders ADD CONSTRAINT orders_public_id_key UNIQUE (public_id);
ALTER TABLE orders ALTER COLUMN public_id SET NOT NULL;
