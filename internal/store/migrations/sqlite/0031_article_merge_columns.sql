-- What merging reads of a report's article (published, uri, duplicate_of),
-- kept in an index beside the id: reading a month of reports then reads
-- these small entries, not each article's row with its whole body, which
-- on a store larger than the page cache cost a page read per report.
CREATE INDEX articles_merge ON articles (id, published, uri, duplicate_of);
