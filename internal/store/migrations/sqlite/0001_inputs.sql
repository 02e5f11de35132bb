-- inputs: the files and archives to ingest, claimed by workers under a lease.
CREATE TABLE inputs (
    path        TEXT PRIMARY KEY,
    state       TEXT NOT NULL DEFAULT 'pending', -- pending, claimed, done, failed
    worker      TEXT NOT NULL DEFAULT '',
    lease_until INTEGER NOT NULL DEFAULT 0,      -- unix milliseconds
    attempts    INTEGER NOT NULL DEFAULT 0,
    articles    INTEGER NOT NULL DEFAULT 0,
    reports     INTEGER NOT NULL DEFAULT 0,
    error       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX inputs_state ON inputs (state, path);
