CREATE MATERIALIZED VIEW module13_items_totals AS
    SELECT account_id, sum(amount) AS total, max(updated_at) AS last_change
    FROM module13_items
    GROUP BY account_id
WITH DATA;
CREATE UNIQUE INDEX module13_items_totals_account_id_idx ON module13_items_totals (account_id);
