ALTER TABLE module08_items ADD CONSTRAINT module08_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module08_items VALIDATE CONSTRAINT module08_items_title_not_blank;
