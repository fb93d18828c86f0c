CREATE MATERIALIZED VIEW module19_items_totals AS
    SELECT account_id, sum(amount) AS total, max(updated_at) AS last_change
    FROM module19_items
    GROUP BY account_id
WITH DATA;
CREATE UNIQUE INDEX module19_items_totals_account_id_idx ON module19_items_totals (account_id);
