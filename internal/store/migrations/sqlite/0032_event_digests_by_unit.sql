-- What a rebuild reads of the stored events of a unit it merges again,
-- kept in the index of their unit key: the id, the digest, and (new) the
-- members, a hash of the event's sorted report ids ('' for an event
-- written before). In a row the digest comes after the lower-cased
-- evidence text, so reading it from the row walked the overflow pages of
-- every large event's text.
ALTER TABLE events ADD COLUMN members TEXT NOT NULL DEFAULT '';
DROP INDEX events_group;
CREATE INDEX events_group ON events (group_key, id, digest, members);
