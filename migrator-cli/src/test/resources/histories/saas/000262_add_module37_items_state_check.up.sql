ALTER TABLE module37_items ADD CONSTRAINT module37_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module37_items VALIDATE CONSTRAINT module37_items_title_not_blank;
