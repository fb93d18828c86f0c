ALTER TABLE module14_items ADD CONSTRAINT module14_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module14_items VALIDATE CONSTRAINT module14_items_title_not_blank;
