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

// unfinished selects the articles found but not yet fetched, or fetched
// without a lasting answer (no response, a server error, a 408 or 429),
// tried fewer than a number of times.
const unfinished = `feed = ? AND attempts < ?
    AND (status = 0 OR status >= 500 OR status IN (408, 429))`

// ClaimFetches claims for worker the unfinished articles (see unfinished)
// tried fewer than maxAttempts times that no other worker holds, until
// lease from now, and returns them in address order. Watch processes
// sharing a store each fetch what they claimed: no article is fetched by
// two at once. SaveFetches releases a claim; RenewFetchClaims extends
// them while the worker fetches; a dead worker's claims run out.
func (s *Store) ClaimFetches(ctx context.Context, worker string, lease time.Duration, maxAttempts int) ([]Fetch, error) {
	now := time.Now().UnixMilli()
	lock := ""
	if s.engine == Postgres {
		lock = " FOR UPDATE SKIP LOCKED"
	}
	var out []Fetch
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		out = out[:0]
		q := `UPDATE watch_fetches SET claimed_by = ?, claimed_until = ?
    WHERE url IN (SELECT url FROM watch_fetches WHERE ` + unfinished + `
        AND (claimed_until < ? OR claimed_by = ?)` + lock + `)
    RETURNING ` + fetchCols
		rows, err := tx.QueryContext(ctx, s.rebind(q), worker, now+lease.Milliseconds(), false, maxAttempts, now, worker)
		if err != nil {
			return err
		}
		return scanFetchRows(rows, func(f Fetch) { out = append(out, f) })
	})
	if err != nil {
		return nil, fmt.Errorf("claim watch fetches for %s: %w", worker, err)
	}
	slices.SortFunc(out, func(a, b Fetch) int { return strings.Compare(a.URL, b.URL) })
	return out, nil
}

// RenewFetchClaims extends worker's claims until lease from now; a lease
// of 0 releases them.
func (s *Store) RenewFetchClaims(ctx context.Context, worker string, lease time.Duration) error {
	_, err := s.w.ExecContext(ctx, s.rebind(`UPDATE watch_fetches SET claimed_until = ? WHERE claimed_by = ?`),
		time.Now().Add(lease).UnixMilli(), worker)
	if err != nil {
		return fmt.Errorf("renew watch claims of %s: %w", worker, err)
	}
	return nil
}

// AddFetches records addresses found in feeds, leaving those already
// known as they are (another watch may have fetched them meanwhile).
func (s *Store) AddFetches(ctx context.Context, fs []Fetch) error {
	fs = slices.Clone(fs)
	slices.SortFunc(fs, func(a, b Fetch) int { return strings.Compare(a.URL, b.URL) }) // lock order
	return s.inTx(ctx, func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO watch_fetches (url, feed) VALUES (?, ?)
    ON CONFLICT (url) DO NOTHING`))
		if err != nil {
			return fmt.Errorf("prepare fetch add: %w", err)
		}
		defer stmt.Close()
		for _, f := range fs {
			if _, err := stmt.ExecContext(ctx, f.URL, f.Feed); err != nil {
				return fmt.Errorf("add found address %s: %w", f.URL, err)
			}
		}
		return nil
	})
}

// SaveFetches writes fetch rows, replacing the rows of the same addresses
// and releasing their claims, in one transaction.
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
    fetched_at = excluded.fetched_at, archive = excluded.archive, error = excluded.error,
    claimed_by = '', claimed_until = 0`))
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
	return scanFetchRows(rows, fn)
}

// scanFetchRows reads rows of fetchCols, giving each to fn, and closes them.
func scanFetchRows(rows *sql.Rows, fn func(Fetch)) error {
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
