ALTER TABLE module11_items ADD CONSTRAINT module11_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module11_items VALIDATE CONSTRAINT module11_items_title_not_blank;
