-- A sort key for date order with undated events last, indexed, so a page of
-- events is read in index order instead of sorting the whole table.
ALTER TABLE events ADD COLUMN date_sort TEXT NOT NULL DEFAULT '9999-12-31';
UPDATE events SET date_sort = date_start WHERE date_start IS NOT NULL;
CREATE INDEX events_date_sort ON events (date_sort, id);
CREATE INDEX events_type_sort ON events (type, date_sort, id);
