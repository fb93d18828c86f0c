CREATE MATERIALIZED VIEW module37_items_totals AS
    SELECT account_id, sum(amount) AS total, max(updated_at) AS last_change
    FROM module37_items
    GROUP BY account_id
WITH DATA;
CREATE UNIQUE INDEX module37_items_totals_account_id_idx ON module37_items_totals (account_id);
