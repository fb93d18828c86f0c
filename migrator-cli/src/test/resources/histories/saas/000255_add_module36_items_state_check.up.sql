ALTER TABLE module36_items ADD CONSTRAINT module36_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module36_items VALIDATE CONSTRAINT module36_items_title_not_blank;
