CREATE FUNCTION module28_items_total(p_account bigint) RETURNS numeric
LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT coalesce(sum(amount), 0) FROM module28_items WHERE account_id = p_account;
END;
