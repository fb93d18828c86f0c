ALTER TABLE module10_items ADD CONSTRAINT module10_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module10_items VALIDATE CONSTRAINT module10_items_title_not_blank;
