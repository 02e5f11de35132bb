-- events: merged reports, one row per real-world event, rebuilt after ingest.
CREATE TABLE events (
    id               TEXT PRIMARY KEY,
    type             TEXT NOT NULL,
    mode             TEXT NOT NULL,
    status           TEXT NOT NULL,
    date_start       TEXT,
    date_end         TEXT,
    grain            TEXT,
    basis            TEXT,
    location_name    TEXT,
    location_country TEXT,
    countries        TEXT NOT NULL, -- ' JPN USA ': sorted party codes between spaces
    sources          INTEGER NOT NULL,
    reports          INTEGER NOT NULL,
    confidence       DOUBLE PRECISION NOT NULL,
    text             TEXT NOT NULL, -- lower-cased evidence, for --text
    digest           TEXT NOT NULL, -- hash of record: rewrite only what changed
    record           TEXT NOT NULL  -- the merged event as JSON (CONTRACT.md)
);
CREATE INDEX events_date ON events (date_start, id);
CREATE INDEX events_type ON events (type, date_start);

CREATE TABLE event_reports (
    event_id  TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    report_id TEXT NOT NULL REFERENCES reports (id),
    PRIMARY KEY (event_id, report_id)
);
CREATE INDEX event_reports_report ON event_reports (report_id);

CREATE TABLE event_actors (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    actor_id TEXT NOT NULL,
    name     TEXT NOT NULL,
    country  TEXT NOT NULL DEFAULT '',
    role     TEXT NOT NULL,
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX event_actors_actor ON event_actors (actor_id);
CREATE INDEX event_actors_country ON event_actors (country);
