ALTER TABLE module02_items ADD CONSTRAINT module02_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module02_items VALIDATE CONSTRAINT module02_items_title_not_blank;
