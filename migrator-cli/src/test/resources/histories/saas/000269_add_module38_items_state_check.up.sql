ALTER TABLE module38_items ADD CONSTRAINT module38_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module38_items VALIDATE CONSTRAINT module38_items_title_not_blank;
