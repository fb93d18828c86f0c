ALTER TABLE module39_items ADD CONSTRAINT module39_items_title_not_blank CHECK (btrim(title) <> '') NOT VALID;
ALTER TABLE module39_items VALIDATE CONSTRAINT module39_items_title_not_blank;
