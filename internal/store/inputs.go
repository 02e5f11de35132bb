package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Input states.
const (
	StatePending = "pending"
	StateClaimed = "claimed"
	StateDone    = "done"
	StateFailed  = "failed"
)

// maxAttempts is how many times an input may be claimed before it is marked
// failed: an input that kills its worker every time must not stall a run.
const maxAttempts = 5

// Lock order. Every transaction that waits on rows of inputs takes them in
// path order, and the statements that need not wait (the heartbeat, failing
// abandoned inputs, claiming) skip rows another transaction holds: two
// transactions never hold one row each while waiting for the other's. A row
// held is being finished or taken over, so skipping it loses nothing.

// AddInputs registers files to ingest; paths already known keep their state,
// so a second run over the same list adds nothing.
func (s *Store) AddInputs(ctx context.Context, paths []string) (added int, err error) {
	const chunk = 500
	paths = slices.Clone(paths)
	slices.Sort(paths) // lock order
	for len(paths) > 0 {
		n := min(chunk, len(paths))
		part := paths[:n]
		paths = paths[n:]
		k := 0
		err := s.inTx(ctx, func(tx *sql.Tx) error {
			k = 0
			stmt, err := tx.PrepareContext(ctx, s.rebind(`INSERT INTO inputs (path) VALUES (?) ON CONFLICT (path) DO NOTHING`))
			if err != nil {
				return fmt.Errorf("prepare input insert: %w", err)
			}
			defer stmt.Close()
			for _, p := range part {
				res, err := stmt.ExecContext(ctx, p)
				if err != nil {
					return fmt.Errorf("register input %s: %w", p, err)
				}
				if n, _ := res.RowsAffected(); n > 0 {
					k++
				}
			}
			return nil
		})
		if err != nil {
			return added, err
		}
		added += k
	}
	return added, nil
}

// RetryFailed puts the failed inputs among paths back to pending, to be
// tried again (after a fix, or a transient read error).
func (s *Store) RetryFailed(ctx context.Context, paths []string) (int, error) {
	paths = slices.Clone(paths)
	slices.Sort(paths) // lock order
	n := 0
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		n = 0
		stmt, err := tx.PrepareContext(ctx, s.rebind(`UPDATE inputs
    SET state = 'pending', attempts = 0, error = ''
    WHERE path = ? AND state = 'failed'`))
		if err != nil {
			return fmt.Errorf("prepare retry: %w", err)
		}
		defer stmt.Close()
		for _, p := range paths {
			res, err := stmt.ExecContext(ctx, p)
			if err != nil {
				return fmt.Errorf("retry input %s: %w", p, err)
			}
			k, _ := res.RowsAffected()
			n += int(k)
		}
		return nil
	})
	return n, err
}

// Claim takes the next input nobody holds — pending, or claimed under a lease
// that ran out (its worker died) — for worker until now+lease. ok is false
// when nothing is claimable right now (see Pending for whether work remains).
func (s *Store) Claim(ctx context.Context, worker string, lease time.Duration) (path string, ok bool, err error) {
	paths, err := s.ClaimBatch(ctx, worker, lease, 1)
	if err != nil || len(paths) == 0 {
		return "", false, err
	}
	return paths[0], true, nil
}

// ClaimBatch is Claim for up to n inputs in one transaction, in path order.
// Pending inputs come first; inputs whose lease ran out are taken over when
// no pending one is left. An input claimed maxAttempts times without
// finishing is marked failed instead.
func (s *Store) ClaimBatch(ctx context.Context, worker string, lease time.Duration, n int) ([]string, error) {
	now := time.Now().UnixMilli()
	until := now + lease.Milliseconds()
	lock := ""
	if s.engine == Postgres {
		lock = "\n    FOR UPDATE SKIP LOCKED"
	}
	var paths []string
	err := s.inTx(ctx, func(tx *sql.Tx) error {
		paths = paths[:0]
		_, err := tx.ExecContext(ctx, s.rebind(`UPDATE inputs
    SET state = 'failed', error = ?
    WHERE path IN (
        SELECT path FROM inputs
        WHERE state = 'claimed' AND lease_until < ? AND attempts >= ?
        ORDER BY path`+lock+`)`),
			fmt.Sprintf("abandoned after %d attempts: its worker stopped each time", maxAttempts), now, maxAttempts)
		if err != nil {
			return fmt.Errorf("fail abandoned inputs: %w", err)
		}
		// Two index range scans rather than one OR: picking stays cheap
		// with millions of inputs.
		for _, pick := range []string{
			`SELECT path FROM inputs WHERE state = 'pending' ORDER BY path LIMIT ?` + lock,
			`SELECT path FROM inputs WHERE state = 'claimed' AND lease_until < ? ORDER BY path LIMIT ?` + lock,
		} {
			if len(paths) >= n {
				break
			}
			args := []any{n - len(paths)}
			if strings.Contains(pick, "lease_until") {
				args = []any{now, n - len(paths)}
			}
			rows, err := tx.QueryContext(ctx, s.rebind(pick), args...)
			if err != nil {
				return fmt.Errorf("pick inputs: %w", err)
			}
			for rows.Next() {
				var p string
				if err := rows.Scan(&p); err != nil {
					rows.Close()
					return fmt.Errorf("pick inputs: %w", err)
				}
				paths = append(paths, p)
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return fmt.Errorf("pick inputs: %w", err)
			}
		}
		for _, p := range paths {
			_, err = tx.ExecContext(ctx, s.rebind(`UPDATE inputs
    SET state = 'claimed', worker = ?, lease_until = ?, attempts = attempts + 1
    WHERE path = ?`), worker, until, p)
			if err != nil {
				return fmt.Errorf("claim input %s: %w", p, err)
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("claim inputs for %s: %w", worker, err)
	}
	return paths, nil
}

// Renew extends the lease on every input worker holds: the heartbeat that
// tells other workers it is alive. Inputs another transaction holds are left
// alone: they are being finished (by this worker's own writer) or taken over
// after their lease ran out, and waiting on them could deadlock with a writer
// that finishes several inputs at once.
func (s *Store) Renew(ctx context.Context, worker string, lease time.Duration) error {
	until := time.Now().UnixMilli() + lease.Milliseconds()
	lock := ""
	if s.engine == Postgres {
		lock = "\n        FOR UPDATE SKIP LOCKED"
	}
	err := s.retry(ctx, func() error {
		_, err := s.w.ExecContext(ctx, s.rebind(`UPDATE inputs SET lease_until = ?
    WHERE path IN (
        SELECT path FROM inputs
        WHERE state = 'claimed' AND worker = ?
        ORDER BY path`+lock+`)`), until, worker)
		return err
	})
	if err != nil {
		return fmt.Errorf("renew leases of %s: %w", worker, err)
	}
	return nil
}

// Pending counts the inputs not finished: claimable now (pending, or held
// under an expired lease) and held by a live worker.
func (s *Store) Pending(ctx context.Context) (claimable, held int, err error) {
	now := time.Now().UnixMilli()
	err = s.db.QueryRowContext(ctx, s.rebind(`SELECT
    coalesce(sum(CASE WHEN state = 'pending' OR lease_until < ? THEN 1 ELSE 0 END), 0),
    coalesce(sum(CASE WHEN state = 'claimed' AND lease_until >= ? THEN 1 ELSE 0 END), 0)
    FROM inputs WHERE state IN ('pending', 'claimed')`), now, now).Scan(&claimable, &held)
	if err != nil {
		return 0, 0, fmt.Errorf("count pending inputs: %w", err)
	}
	return claimable, held, nil
}

// finishInput marks an input done or failed, with its problems, inside the
// transaction that stores its last articles, so both land or neither does.
// A transaction that finishes several inputs calls it in path order.
func (s *Store) finishInput(ctx context.Context, tx *sql.Tx, input string, failed bool, problems string) error {
	state := StateDone
	if failed {
		state = StateFailed
	}
	_, err := tx.ExecContext(ctx, s.rebind(`UPDATE inputs SET
    state = ?,
    error = ?,
    articles = (SELECT count(*) FROM articles WHERE input = ?),
    reports = (SELECT count(*) FROM reports r JOIN articles a ON a.id = r.article_id WHERE a.input = ?)
    WHERE path = ?`), state, problems, input, input, input)
	if err != nil {
		return fmt.Errorf("mark input %s %s: %w", input, state, err)
	}
	return nil
}
