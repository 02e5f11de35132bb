-- Incremental duplicate links: the bands every linked article is filed
-- under (dedup.Options.FiledBands) — the earliest article of each band in
-- dedup_firsts, the others in dedup_bands — so a rebuild finds a new
-- article's candidates without holding the whole index in memory; the candidate each
-- copy was found to copy (its parent; duplicate_of is the first article of
-- the chain); and the articles stored and not linked yet. They live beside
-- articles, not in it: updating an article row would make PostgreSQL compute
-- its search vector again. Stores from before are linked from scratch by
-- the next rebuild.
CREATE TABLE dedup_bands (
    band    BIGINT NOT NULL, -- top 32 bits of a band key
    article BIGINT NOT NULL, -- the article id's 16 hex digits as a signed 64-bit number
    PRIMARY KEY (band, article)
);
CREATE TABLE dedup_firsts (
    band    BIGINT PRIMARY KEY,
    article BIGINT NOT NULL
);
CREATE TABLE dedup_parents (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    parent     TEXT NOT NULL REFERENCES articles (id)
);
CREATE INDEX dedup_parents_parent ON dedup_parents (parent);
CREATE TABLE unlinked (
    article_id TEXT PRIMARY KEY REFERENCES articles (id)
);
INSERT INTO unlinked (article_id) SELECT id FROM articles;
