ALTER TABLE module32_items ADD CONSTRAINT module32_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module32_items VALIDATE CONSTRAINT module32_items_title_not_blank;
