ALTER TABLE module07_items ADD CONSTRAINT module07_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module07_items VALIDATE CONSTRAINT module07_items_title_not_blank;
