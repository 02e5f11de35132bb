-- watch claims: the watch process fetching an article and until when its
-- claim holds (unix milliseconds, renewed while it works), so that two
-- watch processes on one store never fetch the same article at once. A
-- saved fetch releases its claim; a dead process's claim runs out.
ALTER TABLE watch_fetches ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE watch_fetches ADD COLUMN claimed_until INTEGER NOT NULL DEFAULT 0;
