ALTER TABLE module34_items ADD CONSTRAINT module34_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module34_items VALIDATE CONSTRAINT module34_items_title_not_blank;
