ALTER TABLE module18_items ADD CONSTRAINT module18_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module18_items VALIDATE CONSTRAINT module18_items_title_not_blank;
