package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"storyline/internal/article"
	"storyline/internal/store"
)

// TestFinishingRacesHeartbeat is the lock contention of an ingest: writers
// commit batches that finish several inputs each, in the order their inputs
// happened to end (here shuffled, and overlapping, as when a worker finishes
// an input another took over), while the heartbeat renews the leases on the
// same rows and another worker looks for inputs to claim. Retries are off, so
// a deadlock between them fails the test instead of being redone.
func TestFinishingRacesHeartbeat(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		store.NoRetries(s)
		ctx := context.Background()
		const inputs, writers, perCommit = 120, 4, 6
		var paths []string
		for i := range inputs {
			paths = append(paths, fmt.Sprintf("in/%03d", i))
		}
		if _, err := s.AddInputs(ctx, paths); err != nil {
			t.Fatal(err)
		}
		claimed, err := s.ClaimBatch(ctx, "w", time.Hour, inputs)
		if err != nil || len(claimed) != inputs {
			t.Fatalf("ClaimBatch = %d inputs, %v; want %d", len(claimed), err, inputs)
		}

		var done atomic.Bool
		var bg sync.WaitGroup
		var renewals, claims atomic.Int64
		bg.Go(func() {
			for !done.Load() {
				if err := s.Renew(ctx, "w", time.Hour); err != nil {
					t.Error(err)
					return
				}
				renewals.Add(1)
			}
		})
		bg.Go(func() {
			for !done.Load() {
				got, err := s.ClaimBatch(ctx, "other", time.Hour, 4)
				if err != nil {
					t.Error(err)
					return
				}
				if len(got) > 0 {
					t.Errorf("claimed %v, all held under a live lease", got)
					return
				}
				claims.Add(1)
			}
		})

		var wg sync.WaitGroup
		for w := range writers {
			rng := rand.New(rand.NewPCG(uint64(w), 7))
			order := rng.Perm(inputs)
			wg.Go(func() {
				for len(order) > 0 {
					n := min(perCommit, len(order))
					var group []store.Batch
					for _, i := range order[:n] {
						p := paths[i]
						source := fmt.Sprintf("%s#%d", p, w)
						group = append(group, store.Batch{Input: p, Done: true, Records: []store.Record{{
							Article: article.Article{Source: source, Title: "Title of " + source, Language: "en",
								Body: "The ministers met in " + source + " and talked about trade."},
						}}})
					}
					order = order[n:]
					if _, err := s.SaveBatches(ctx, group); err != nil {
						t.Errorf("writer %d: %v", w, err)
						return
					}
				}
			})
		}
		wg.Wait()
		done.Store(true)
		bg.Wait()
		t.Logf("%d renewals and %d claim attempts ran beside the writers", renewals.Load(), claims.Load())

		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.InputsDone != inputs || st.Articles != inputs*writers {
			t.Errorf("stored %d done inputs and %d articles; want %d and %d", st.InputsDone, st.Articles, inputs, inputs*writers)
		}
	})
}
