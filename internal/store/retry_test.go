package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"storyline/internal/store/storetest"
)

func TestRetryable(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{&pgconn.PgError{Code: "40P01"}, true},
		{fmt.Errorf("mark input a done: %w", &pgconn.PgError{Code: "40001"}), true},
		{&pgconn.PgError{Code: "23505"}, false}, // unique_violation: redoing gives the same
		{errors.New("deadlock detected"), false},
		{sql.ErrConnDone, false},
	} {
		if got := retryable(tc.err); got != tc.want {
			t.Errorf("retryable(%v) = %v, want %v", tc.err, got, tc.want)
		}
	}
}

// TestDeadlockVictimIsRunAgain makes two transactions lock two input rows in
// opposite orders, so PostgreSQL aborts one as a deadlock victim: with
// retries the victim runs again (more than once, when it gets in again before
// the winner takes the row it let go) and both commit; without, the victim's
// error comes back.
func TestDeadlockVictimIsRunAgain(t *testing.T) {
	for _, tc := range []struct {
		tries            int
		minRuns, maxRuns int // both transactions together
		wantErrs         int
	}{
		{defaultTries, 3, 1 + defaultTries, 0},
		{1, 2, 2, 1},
	} {
		t.Run(fmt.Sprint("tries=", tc.tries), func(t *testing.T) {
			ctx := context.Background()
			s, err := Open(ctx, storetest.PostgresURL(t))
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			s.tries = tc.tries
			if _, err := s.AddInputs(ctx, []string{"a", "b"}); err != nil {
				t.Fatal(err)
			}
			// Each transaction signals when it holds its first row and
			// waits for the other's before asking for its second: on the
			// first run only.
			locked := []chan struct{}{make(chan struct{}), make(chan struct{})}
			order := [][]string{{"a", "b"}, {"b", "a"}}
			var mu sync.Mutex
			runs := 0
			var seen []string
			errs := make([]error, 2)
			var wg sync.WaitGroup
			for i := range 2 {
				wg.Go(func() {
					first := true
					errs[i] = s.inTx(ctx, func(tx *sql.Tx) error {
						mu.Lock()
						runs++
						mu.Unlock()
						for k, p := range order[i] {
							if _, err := tx.ExecContext(ctx, `UPDATE inputs SET error = $1 WHERE path = $2`, fmt.Sprint("tx", i), p); err != nil {
								mu.Lock()
								seen = append(seen, fmt.Sprintf("tx%d: %v", i, err))
								mu.Unlock()
								return fmt.Errorf("update input %s: %w", p, err)
							}
							if k == 0 && first {
								first = false
								close(locked[i])
								<-locked[1-i]
							}
						}
						return nil
					})
				})
			}
			wg.Wait()
			nerr := 0
			for _, err := range errs {
				if err != nil {
					nerr++
					if !retryable(err) {
						t.Errorf("transaction failed with %v, want a deadlock", err)
					}
				}
			}
			if runs < tc.minRuns || runs > tc.maxRuns || nerr != tc.wantErrs {
				t.Errorf("%d runs and %d errors (%v), want %d to %d runs and %d errors; runs that failed: %q",
					runs, nerr, errs, tc.minRuns, tc.maxRuns, tc.wantErrs, seen)
			}
		})
	}
}
