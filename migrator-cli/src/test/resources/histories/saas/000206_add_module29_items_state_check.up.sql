ALTER TABLE module29_items ADD CONSTRAINT module29_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module29_items VALIDATE CONSTRAINT module29_items_title_not_blank;
