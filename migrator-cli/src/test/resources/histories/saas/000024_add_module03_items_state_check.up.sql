ALTER TABLE module03_items ADD CONSTRAINT module03_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module03_items VALIDATE CONSTRAINT module03_items_title_not_blank;
