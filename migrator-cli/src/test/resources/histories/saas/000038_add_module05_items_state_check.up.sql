ALTER TABLE module05_items ADD CONSTRAINT module05_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module05_items VALIDATE CONSTRAINT module05_items_title_not_blank;
