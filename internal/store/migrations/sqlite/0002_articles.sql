-- articles: every extracted article keeps its row; duplicate_of links a copy
-- to the article it copies (recomputed in canonical order after each ingest).
CREATE TABLE articles (
    id           TEXT PRIMARY KEY,
    input        TEXT NOT NULL,
    source       TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    uri          TEXT,
    title        TEXT NOT NULL,
    published    TEXT,
    publisher    TEXT,
    language     TEXT NOT NULL,
    body         TEXT NOT NULL,
    signature    BLOB,
    duplicate_of TEXT REFERENCES articles (id),
    UNIQUE (source, content_hash)
);
CREATE INDEX articles_input ON articles (input);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    article_id UNINDEXED,
    title,
    body,
    tokenize = 'porter unicode61'
);
