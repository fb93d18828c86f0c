ALTER TABLE module27_items ADD CONSTRAINT module27_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module27_items VALIDATE CONSTRAINT module27_items_title_not_blank;
