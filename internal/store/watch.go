package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Fetch is what storyline watch knows of one address: a feed it reads every
// round, or an article it fetches once.
type Fetch struct {
	URL  string
	Feed bool
	// Status is the last HTTP status; 0 means not fetched yet or no
	// response (a timeout, a refused connection).
	Status       int
	Attempts     int
	ETag         string
	LastModified string
	FetchedAt    time.Time // zero when never fetched
	Archive      string    // the WARC file holding the last response
	Error        string
}

// Fetches returns the rows known for urls, by address.
func (s *Store) Fetches(ctx context.Context, urls []string) (map[string]Fetch, error) {
	out := map[string]Fetch{}
	const chunk = 200
	for i := 0; i < len(urls); i += chunk {
		part := urls[i:min(i+chunk, len(urls))]
		q := `SELECT ` + fetchCols + ` FROM watch_fetches WHERE url IN (?` + strings.Repeat(", ?", len(part)-1) + `)`
		args := make([]any, len(part))
		for j, u := range part {
			args[j] = u
		}
		if err := s.scanFetches(ctx, q, args, func(f Fetch) { out[f.URL] = f }); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// UnfinishedFetches returns the articles found but not yet fetched, or
// fetched without a lasting answer (no response, a server error, a 408 or
// 429), tried fewer than maxAttempts times, in address order.
func (s *Store) UnfinishedFetches(ctx context.Context, maxAttempts int) ([]Fetch, error) {
	var out []Fetch
	q := `SELECT ` + fetchCols + ` FROM watch_fetches
    WHERE feed = ? AND attempts < ?
    AND (status = 0 OR status >= 500 OR status IN (408, 429))
    ORDER BY url`
	err := s.scanFetches(ctx, q, []any{false, maxAttempts}, func(f Fetch) { out = append(out, f) })
	return out, err
}

// SaveFetches writes fetch rows, replacing the rows of the same addresses,
// in one transaction.
func (s *Store) SaveFetches(ctx context.Context, fs []Fetch) error {
	fs = slices.Clone(fs)
	slices.SortFunc(fs, func(a, b Fetch) int { return strings.Compare(a.URL, b.URL) }) // lock order
	return s.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO watch_fetches
    (url, feed, status, attempts, etag, last_modified, fetched_at, archive, error)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (url) DO UPDATE SET
    feed = excluded.feed, status = excluded.status, attempts = excluded.attempts,
    etag = excluded.etag, last_modified = excluded.last_modified,
    fetched_at = excluded.fetched_at, archive = excluded.archive, error = excluded.error`))
		if err != nil {
			return fmt.Errorf("prepare fetch save: %w", err)
		}
		defer stmt.Close()
		for _, f := range fs {
			var at int64
			if !f.FetchedAt.IsZero() {
				at = f.FetchedAt.UnixMilli()
			}
			if _, err := stmt.ExecContext(ctx, f.URL, f.Feed, f.Status, f.Attempts, f.ETag, f.LastModified, at, f.Archive, f.Error); err != nil {
				return fmt.Errorf("save fetch of %s: %w", f.URL, err)
			}
		}
		return nil
	})
}

const fetchCols = `url, feed, status, attempts, etag, last_modified, fetched_at, archive, error`

func (s *Store) scanFetches(ctx context.Context, q string, args []any, fn func(Fetch)) error {
	rows, err := s.db.QueryContext(ctx, s.rebind(q), args...)
	if err != nil {
		return fmt.Errorf("query watch fetches: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var f Fetch
		var at int64
		if err := rows.Scan(&f.URL, &f.Feed, &f.Status, &f.Attempts, &f.ETag, &f.LastModified, &at, &f.Archive, &f.Error); err != nil {
			return fmt.Errorf("read watch fetches: %w", err)
		}
		if at != 0 {
			f.FetchedAt = time.UnixMilli(at).UTC()
		}
		fn(f)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read watch fetches: %w", err)
	}
	return nil
}
