-- ...but this one leaves the column behind.
ALTER TABLE notes ALTER COLUMN status DROP DEFAULT;
