ALTER TABLE module01_items ADD CONSTRAINT module01_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module01_items VALIDATE CONSTRAINT module01_items_title_not_blank;
