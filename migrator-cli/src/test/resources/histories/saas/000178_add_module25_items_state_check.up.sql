ALTER TABLE module25_items ADD CONSTRAINT module25_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module25_items VALIDATE CONSTRAINT module25_items_title_not_blank;
