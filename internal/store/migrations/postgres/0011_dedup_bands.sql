-- Incremental duplicate links: the bands every linked article is filed
-- under (dedup.Options.FiledBands), so a rebuild finds a new article's
-- candidates without holding the whole index in memory; the candidate each
-- article was found to copy (its parent; duplicate_of is the root of the
-- chain); and which articles have been linked. Stores from before are
-- linked from scratch by the next rebuild.
CREATE TABLE dedup_bands (
    band    BIGINT NOT NULL, -- top 32 bits of a band key
    article BIGINT NOT NULL, -- the article id's 16 hex digits as a signed 64-bit number
    PRIMARY KEY (band, article)
);
ALTER TABLE articles ADD COLUMN dedup_parent TEXT;
ALTER TABLE articles ADD COLUMN linked BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX articles_dedup_parent ON articles (dedup_parent) WHERE dedup_parent IS NOT NULL;
CREATE INDEX articles_unlinked ON articles (id) WHERE NOT linked;
