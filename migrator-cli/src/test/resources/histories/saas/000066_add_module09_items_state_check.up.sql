ALTER TABLE module09_items ADD CONSTRAINT module09_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module09_items VALIDATE CONSTRAINT module09_items_title_not_blank;
