-- Adds the check [(${constraintName})] on [(${table})]: NOT VALID first (instant), then
-- VALIDATE, which checks existing rows without blocking writes.
-- Rolled back by dropping the constraint.
ALTER TABLE [(${table})] ADD CONSTRAINT [(${constraintName})] CHECK ([(${check})]) NOT VALID;
ALTER TABLE [(${table})] VALIDATE CONSTRAINT [(${constraintName})];
