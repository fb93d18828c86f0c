ALTER TABLE module24_items ADD CONSTRAINT module24_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module24_items VALIDATE CONSTRAINT module24_items_title_not_blank;
