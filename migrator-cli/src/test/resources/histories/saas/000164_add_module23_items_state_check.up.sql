ALTER TABLE module23_items ADD CONSTRAINT module23_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module23_items VALIDATE CONSTRAINT module23_items_title_not_blank;
