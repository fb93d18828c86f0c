ALTER TABLE module04_items ADD CONSTRAINT module04_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module04_items VALIDATE CONSTRAINT module04_items_title_not_blank;
