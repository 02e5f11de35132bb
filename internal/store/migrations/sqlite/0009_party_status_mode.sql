-- event_parties carries each event's status and mode too, in its date-order
-- index, so a country with a status or mode filter is paged and counted
-- from the index without reading the events.
ALTER TABLE event_parties ADD COLUMN status TEXT NOT NULL DEFAULT '';
ALTER TABLE event_parties ADD COLUMN mode TEXT NOT NULL DEFAULT '';
UPDATE event_parties SET
    status = (SELECT e.status FROM events e WHERE e.id = event_parties.event_id),
    mode = (SELECT e.mode FROM events e WHERE e.id = event_parties.event_id);
DROP INDEX event_parties_order;
CREATE INDEX event_parties_order ON event_parties (parties, date_sort, event_id, type, status, mode);
