ALTER TABLE module19_items ADD CONSTRAINT module19_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module19_items VALIDATE CONSTRAINT module19_items_title_not_blank;
