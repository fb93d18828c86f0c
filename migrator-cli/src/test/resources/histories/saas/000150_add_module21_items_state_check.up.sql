ALTER TABLE module21_items ADD CONSTRAINT module21_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module21_items VALIDATE CONSTRAINT module21_items_title_not_blank;
