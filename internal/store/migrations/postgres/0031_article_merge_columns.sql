-- What merging reads of a report's article (published, uri, duplicate_of),
-- kept in an index beside the id, so that reading a month of reports can
-- read these small entries rather than each article's row.
CREATE INDEX articles_merge ON articles (id) INCLUDE (published, uri, duplicate_of);
