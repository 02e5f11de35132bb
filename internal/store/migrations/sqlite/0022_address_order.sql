-- Duplicate links are now decided in the order published, address (uri,
-- else source), id, and article ids hash the address instead of the archive
-- file and offset: the stored duplicate index followed the old order, so
-- the next rebuild links every article again (stored ids keep their values).
DELETE FROM dedup_bands;
DELETE FROM dedup_firsts;
DELETE FROM dedup_parents;
INSERT INTO unlinked (article_id) SELECT id FROM articles WHERE true ON CONFLICT DO NOTHING;
