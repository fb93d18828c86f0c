ALTER TABLE module06_items ADD CONSTRAINT module06_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module06_items VALIDATE CONSTRAINT module06_items_title_not_blank;
