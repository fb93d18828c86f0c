ALTER TABLE module13_items ADD CONSTRAINT module13_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module13_items VALIDATE CONSTRAINT module13_items_title_not_blank;
