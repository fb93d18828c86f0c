ALTER TABLE module40_items ADD CONSTRAINT module40_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module40_items VALIDATE CONSTRAINT module40_items_title_not_blank;
