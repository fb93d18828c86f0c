ALTER TABLE module17_items ADD CONSTRAINT module17_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module17_items VALIDATE CONSTRAINT module17_items_title_not_blank;
