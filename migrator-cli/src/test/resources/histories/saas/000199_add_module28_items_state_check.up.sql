ALTER TABLE module28_items ADD CONSTRAINT module28_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module28_items VALIDATE CONSTRAINT module28_items_title_not_blank;
