-- What a rebuild reads of the stored events of a unit it merges again,
-- kept in the index of their unit key: the id, the digest, and (new) the
-- members, a hash of the event's sorted report ids ('' for an event
-- written before).
ALTER TABLE events ADD COLUMN members TEXT NOT NULL DEFAULT '';
DROP INDEX events_group;
CREATE INDEX events_group ON events (group_key) INCLUDE (id, digest, members);
