-- The days each report may be of as a group's islands are cut
-- (merge.Span: days since 1970-01-01) and whether it holds its group
-- together (nothing dates it, or its year is guessed), so that a rebuild
-- finds the islands of a small group that new reports touch, and reads
-- and merges only those. NULL until the next rebuild computes them for
-- reports stored before (and then merges everything again once).
ALTER TABLE reports ADD COLUMN span_start INTEGER;
ALTER TABLE reports ADD COLUMN span_end INTEGER;
ALTER TABLE reports ADD COLUMN whole BOOLEAN;
-- A group's spans, whether each report is merged and its article (linked
-- or not), read from the index alone; an island's reports by their first day.
CREATE INDEX reports_span ON reports (group_key, span_start, span_end) INCLUDE (whole, merged, article_id);
CREATE INDEX reports_no_span ON reports (id) WHERE whole IS NULL;
