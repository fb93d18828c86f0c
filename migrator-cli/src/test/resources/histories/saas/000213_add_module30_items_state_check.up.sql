ALTER TABLE module30_items ADD CONSTRAINT module30_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module30_items VALIDATE CONSTRAINT module30_items_title_not_blank;
