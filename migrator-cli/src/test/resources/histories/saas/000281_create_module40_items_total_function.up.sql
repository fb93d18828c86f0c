CREATE FUNCTION module40_items_total(p_account bigint) RETURNS numeric
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(amount), 0) FROM module40_items WHERE account_id = p_account;
END;
