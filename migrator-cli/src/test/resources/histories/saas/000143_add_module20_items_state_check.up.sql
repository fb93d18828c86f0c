ALTER TABLE module20_items ADD CONSTRAINT module20_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module20_items VALIDATE CONSTRAINT module20_items_title_not_blank;
