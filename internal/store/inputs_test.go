package store_test

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"storyline/internal/store"
)

func TestClaimsAndLeases(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if n, err := s.AddInputs(ctx, []string{"b", "a", "c"}); err != nil || n != 3 {
			t.Fatalf("AddInputs = %d, %v; want 3", n, err)
		}
		if n, _ := s.AddInputs(ctx, []string{"a", "d"}); n != 1 {
			t.Errorf("AddInputs of one new path added %d", n)
		}
		p, ok, err := s.Claim(ctx, "w1", time.Hour)
		if err != nil || !ok || p != "a" {
			t.Fatalf("first claim = %q %v %v, want a", p, ok, err)
		}
		p2, _, _ := s.Claim(ctx, "w2", time.Hour)
		if p2 != "b" {
			t.Errorf("second worker claimed %q, want b (a is held)", p2)
		}
		// A worker that died: its lease runs out and the input is reclaimed.
		p3, _, _ := s.Claim(ctx, "dead", -time.Second)
		if p3 != "c" {
			t.Fatalf("claimed %q, want c", p3)
		}
		claimable, held, err := s.Pending(ctx)
		if err != nil || claimable != 2 || held != 2 {
			t.Errorf("Pending = %d claimable, %d held, %v; want 2 (c expired, d) and 2", claimable, held, err)
		}
		p4, _, _ := s.Claim(ctx, "w3", time.Hour)
		if p4 != "d" {
			t.Errorf("claim got %q, want d (pending inputs before expired ones)", p4)
		}
		if err := s.Renew(ctx, "w1", time.Hour); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Save(ctx, store.Batch{Input: "a", Done: true}); err != nil {
			t.Fatal(err)
		}
		p5, _, _ := s.Claim(ctx, "w1", time.Hour)
		if p5 != "c" {
			t.Errorf("reclaim got %q, want c (expired lease)", p5)
		}
		if _, ok, _ := s.Claim(ctx, "w1", time.Hour); ok {
			t.Errorf("claimed an input while all are held or done")
		}
	})
}

func TestInputKillingItsWorkerIsFailed(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		s.AddInputs(ctx, []string{"poison"})
		for i := range 5 {
			if _, ok, err := s.Claim(ctx, fmt.Sprint("w", i), -time.Second); !ok || err != nil {
				t.Fatalf("claim %d: %v %v", i, ok, err)
			}
		}
		if p, ok, err := s.Claim(ctx, "w5", time.Hour); ok || err != nil {
			t.Fatalf("claimed %q after 5 dead workers, want it failed (err %v)", p, err)
		}
		st, _ := s.Stats(ctx)
		if st.InputsFailed != 1 {
			t.Errorf("failed inputs = %d, want 1", st.InputsFailed)
		}
	})
}

func TestConcurrentClaimsTakeEachInputOnce(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		var paths []string
		for i := range 60 {
			paths = append(paths, fmt.Sprintf("in/%03d", i))
		}
		if _, err := s.AddInputs(ctx, paths); err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		var got []string
		var wg sync.WaitGroup
		for w := range 4 {
			wg.Go(func() {
				for {
					p, ok, err := s.Claim(ctx, fmt.Sprint("w", w), time.Hour)
					if err != nil {
						t.Error(err)
						return
					}
					if !ok {
						return
					}
					mu.Lock()
					got = append(got, p)
					mu.Unlock()
				}
			})
		}
		// And in batches: the rest, three at a time, by two workers.
		if _, err := s.AddInputs(ctx, []string{"in/x1", "in/x2", "in/x3", "in/x4", "in/x5"}); err != nil {
			t.Fatal(err)
		}
		for w := range 2 {
			wg.Go(func() {
				for {
					ps, err := s.ClaimBatch(ctx, fmt.Sprint("b", w), time.Hour, 3)
					if err != nil {
						t.Error(err)
						return
					}
					if len(ps) == 0 {
						return
					}
					mu.Lock()
					got = append(got, ps...)
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		paths = append(paths, "in/x1", "in/x2", "in/x3", "in/x4", "in/x5")
		slices.Sort(got)
		if !slices.Equal(got, paths) {
			t.Errorf("workers claimed %d inputs (%d distinct), want each of %d exactly once", len(got), len(slices.Compact(slices.Clone(got))), len(paths))
		}
	})
}

func TestRetryFailed(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		s.AddInputs(ctx, []string{"bad", "good"})
		if _, err := s.Save(ctx, store.Batch{Input: "bad", Done: true, Failed: true, Errors: "bad: unreadable"}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Save(ctx, store.Batch{Input: "good", Done: true}); err != nil {
			t.Fatal(err)
		}
		if _, ok, _ := s.Claim(ctx, "w", time.Hour); ok {
			t.Fatal("claimed a failed input")
		}
		if n, err := s.RetryFailed(ctx, []string{"bad", "good", "unknown"}); err != nil || n != 1 {
			t.Fatalf("RetryFailed = %d, %v; want 1", n, err)
		}
		if p, ok, _ := s.Claim(ctx, "w", time.Hour); !ok || p != "bad" {
			t.Errorf("claim after retry = %q %v, want bad", p, ok)
		}
	})
}

// TestRenewSkipsHeldInputs: the heartbeat extends the lease of every input the
// worker holds, except (on PostgreSQL) one another transaction has locked —
// being finished, or taken over — which it passes by instead of waiting.
func TestRenewSkipsHeldInputs(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if _, err := s.AddInputs(ctx, []string{"a", "b", "c"}); err != nil {
			t.Fatal(err)
		}
		// Leases that ran out already: only a renewal keeps them.
		if got, err := s.ClaimBatch(ctx, "w", -time.Second, 2); err != nil || !slices.Equal(got, []string{"a", "b"}) {
			t.Fatalf("ClaimBatch = %v, %v; want [a b]", got, err)
		}
		want := []string{"a", "b"} // still held by w after the renewal
		if s.Engine() == store.Postgres {
			tx, err := s.DB().BeginTx(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := tx.ExecContext(ctx, `SELECT path FROM inputs WHERE path = 'a' FOR UPDATE`); err != nil {
				t.Fatal(err)
			}
			if err := s.Renew(ctx, "w", time.Hour); err != nil {
				t.Fatal(err)
			}
			tx.Rollback()
			want = []string{"b"}
		} else if err := s.Renew(ctx, "w", time.Hour); err != nil {
			t.Fatal(err)
		}
		var held []string
		for _, p := range []string{"a", "b"} {
			var until int64
			if err := s.DB().QueryRowContext(ctx, `SELECT lease_until FROM inputs WHERE path = '`+p+`'`).Scan(&until); err != nil {
				t.Fatal(err)
			}
			if until > time.Now().UnixMilli() {
				held = append(held, p)
			}
		}
		if !slices.Equal(held, want) {
			t.Errorf("leases running after Renew: %v, want %v", held, want)
		}
	})
}
