ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';
ALTER TABLE orders ADD COLUMN reviewed boolean NOT NULL DEFAULT false;
ALTER TABLE orders ADD CONSTRAINT orders_number_key UNIQUE USING INDEX orders_number_idx;
ALTER TABLE orders ALTER COLUMN note TYPE text;
