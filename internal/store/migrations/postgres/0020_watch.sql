-- watch: every address storyline watch fetched or found in a feed, so a
-- restarted watch refetches nothing it has and retries what failed.
-- status is the last HTTP status (0: not fetched yet, or no response);
-- etag and last_modified make the next fetch of a feed conditional.
CREATE TABLE watch_fetches (
    url           TEXT PRIMARY KEY,
    feed          BOOLEAN NOT NULL DEFAULT FALSE,
    status        INTEGER NOT NULL DEFAULT 0,
    attempts      INTEGER NOT NULL DEFAULT 0,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    fetched_at    BIGINT NOT NULL DEFAULT 0, -- unix milliseconds
    archive       TEXT NOT NULL DEFAULT '',  -- the WARC file that holds the response
    error         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX watch_fetches_pending ON watch_fetches (feed, status, attempts);
-- changed_at: when an event's row was last written, for
-- /api/events?since=. A trigger sets it, so every writer of events gets it
-- without naming the column.
ALTER TABLE events ADD COLUMN changed_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp();
CREATE INDEX events_changed ON events (changed_at);
CREATE FUNCTION events_touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.changed_at := clock_timestamp(); RETURN NEW; END $$;
CREATE TRIGGER events_touch BEFORE INSERT OR UPDATE OF record ON events FOR EACH ROW EXECUTE FUNCTION events_touch();
