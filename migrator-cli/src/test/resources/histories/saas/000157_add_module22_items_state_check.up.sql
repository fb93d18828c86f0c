ALTER TABLE module22_items ADD CONSTRAINT module22_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module22_items VALIDATE CONSTRAINT module22_items_title_not_blank;
