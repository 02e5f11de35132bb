-- The month each report is merged by when its group is large
-- (merge.Month; '' for an undated report), so that a rebuild reads one
-- month of a group, not the whole of it. NULL until the next rebuild
-- computes it for reports stored before.
ALTER TABLE reports ADD COLUMN month TEXT;
CREATE INDEX reports_month ON reports (group_key, month, id);
-- Finds the reports still without a month without reading the others.
CREATE INDEX reports_no_month ON reports (id) WHERE month IS NULL;
