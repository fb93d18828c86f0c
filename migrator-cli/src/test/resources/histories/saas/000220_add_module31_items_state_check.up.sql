ALTER TABLE module31_items ADD CONSTRAINT module31_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module31_items VALIDATE CONSTRAINT module31_items_title_not_blank;
