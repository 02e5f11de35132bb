-- Incremental rebuild: reports not yet merged, and the merge group of each
-- event, so a rebuild redoes only the groups that changed.
ALTER TABLE reports ADD COLUMN merged INTEGER NOT NULL DEFAULT 0;
CREATE INDEX reports_unmerged ON reports (merged, group_key);
ALTER TABLE events ADD COLUMN group_key TEXT NOT NULL DEFAULT '';
CREATE INDEX events_group ON events (group_key);
