ALTER TABLE module16_items ADD CONSTRAINT module16_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module16_items VALIDATE CONSTRAINT module16_items_title_not_blank;
