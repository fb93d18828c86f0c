ALTER TABLE module33_items ADD CONSTRAINT module33_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module33_items VALIDATE CONSTRAINT module33_items_title_not_blank;
