ALTER TABLE module26_items ADD CONSTRAINT module26_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module26_items VALIDATE CONSTRAINT module26_items_title_not_blank;
