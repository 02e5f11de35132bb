package store

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"time"

	"github.com/jackc/pgx/v5/pgconn"
)

// PostgreSQL aborts a transaction with one of these codes when running it
// again may well succeed: it lost a deadlock, or it could not be serialized
// with a concurrent one. Its changes are rolled back whole.
const (
	codeDeadlock      = "40P01" // deadlock_detected
	codeSerialization = "40001" // serialization_failure
)

// defaultTries is how many times a transaction runs before its deadlock or
// serialization failure is returned.
const defaultTries = 5

// retryBase is the mean wait before the second run; it doubles on each run
// after that (20, 40, 80, 160 ms on average): long enough for the winner of a
// deadlock to take the rows the victim let go before the victim asks again,
// short beside the second PostgreSQL waits before it looks for a deadlock.
const retryBase = 20 * time.Millisecond

// retryable says whether err is a deadlock or serialization failure.
func retryable(err error) bool {
	var pgErr *pgconn.PgError
	if !errors.As(err, &pgErr) {
		return false
	}
	return pgErr.Code == codeDeadlock || pgErr.Code == codeSerialization
}

// retry runs fn — one whole transaction, or one statement outside any — up
// to s.tries times while it fails with a deadlock or serialization failure,
// waiting a short, jittered, growing time between runs so that the
// transactions that collided do not collide again in step. Only idempotent
// work may be retried this way: fn runs from the start each time.
func (s *Store) retry(ctx context.Context, fn func() error) error {
	wait := retryBase
	for try := 1; ; try++ {
		err := fn()
		if err == nil || try >= s.tries || !retryable(err) {
			return err
		}
		slog.Debug("store: transaction run again", "try", try+1, "err", err)
		// Uniform in [wait/2, wait*3/2).
		d := wait/2 + rand.N(wait)
		t := time.NewTimer(d)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return err
		}
		wait *= 2
	}
}
