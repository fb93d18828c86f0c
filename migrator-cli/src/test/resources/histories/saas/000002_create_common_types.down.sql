DROP FUNCTION IF EXISTS touch_updated_at();
DROP DOMAIN IF EXISTS positive_amount;
DROP TYPE IF EXISTS record_state;
