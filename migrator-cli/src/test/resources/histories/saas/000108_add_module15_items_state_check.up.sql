ALTER TABLE module15_items ADD CONSTRAINT module15_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module15_items VALIDATE CONSTRAINT module15_items_title_not_blank;
