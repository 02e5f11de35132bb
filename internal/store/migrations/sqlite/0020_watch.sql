-- watch: every address storyline watch fetched or found in a feed, so a
-- restarted watch refetches nothing it has and retries what failed.
-- status is the last HTTP status (0: not fetched yet, or no response);
-- etag and last_modified make the next fetch of a feed conditional.
CREATE TABLE watch_fetches (
    url           TEXT PRIMARY KEY,
    feed          INTEGER NOT NULL DEFAULT 0,
    status        INTEGER NOT NULL DEFAULT 0,
    attempts      INTEGER NOT NULL DEFAULT 0,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    fetched_at    INTEGER NOT NULL DEFAULT 0, -- unix milliseconds
    archive       TEXT NOT NULL DEFAULT '',   -- the WARC file that holds the response
    error         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX watch_fetches_pending ON watch_fetches (feed, status, attempts);
-- changed_at: when an event's row was last written (RFC 3339 UTC with
-- milliseconds), for /api/events?since=. A trigger sets it, so every writer
-- of events gets it without naming the column.
ALTER TABLE events ADD COLUMN changed_at TEXT NOT NULL DEFAULT '';
UPDATE events SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now');
CREATE INDEX events_changed ON events (changed_at);
CREATE TRIGGER events_changed_insert AFTER INSERT ON events BEGIN UPDATE events SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = NEW.rowid; END;
CREATE TRIGGER events_changed_update AFTER UPDATE OF record ON events BEGIN UPDATE events SET changed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE rowid = NEW.rowid; END;
