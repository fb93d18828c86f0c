ALTER TABLE module12_items ADD CONSTRAINT module12_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module12_items VALIDATE CONSTRAINT module12_items_title_not_blank;
