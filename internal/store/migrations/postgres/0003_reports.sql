-- reports: one coded event from one article, with its evidence sentence.
CREATE TABLE reports (
    id         TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles (id),
    group_key  TEXT NOT NULL, -- type and parties: reports that may merge share it
    type       TEXT NOT NULL,
    status     TEXT NOT NULL,
    date_start TEXT,
    date_end   TEXT,
    record     TEXT NOT NULL  -- the coded event as JSON (CONTRACT.md)
);
CREATE INDEX reports_group ON reports (group_key, id);
CREATE INDEX reports_article ON reports (article_id);
