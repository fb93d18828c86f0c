ALTER TABLE module35_items ADD CONSTRAINT module35_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module35_items VALIDATE CONSTRAINT module35_items_title_not_blank;
