package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"storyline/internal/event"
	"storyline/internal/store"
)

// TestCountByPeriodMatchesAScan checks the counts per month and year
// against counts made here over the events each filter selects.
func TestCountByPeriodMatchesAScan(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		batches := randomBatches(3, 60)
		undated := report("CONSULT", event.Occurred, "2024-01-05", "2024-01-05", event.GrainDay, "", "",
			"Japan and the United States will talk at some point.", "JPN", "USA")
		undated.Date = nil
		batches = append(batches, store.Batch{Input: "in/undated.txt", Done: true,
			Records: []store.Record{rec("in/undated.txt", "2024-04-01", "", undated)}})
		ingest(t, s, batches)
		for _, f := range []store.Filter{
			{Pair: []string{"JPN", "USA"}},
			{Pair: []string{"USA", "JPN"}, Status: "planned"},
			{Country: "KOR", Type: "THREATEN"},
			{Pair: []string{"CHN", "KOR"}, From: "2024-02-01"},
			{},
			{Country: "XXX"},
		} {
			for _, by := range []string{"month", "year"} {
				t.Run(fmt.Sprintf("%+v/%s", f, by), func(t *testing.T) {
					got, err := s.CountByPeriod(ctx, f, by)
					if err != nil {
						t.Fatal(err)
					}
					events, err := s.Events(ctx, f)
					if err != nil {
						t.Fatal(err)
					}
					want := map[store.PeriodCount]int{}
					for _, e := range events {
						if e.Date == nil {
							continue
						}
						p := e.Date.Start[:7]
						if by == "year" {
							p = p[:4]
						}
						want[store.PeriodCount{Period: p, Type: e.Type, Mode: e.Mode}]++
					}
					n := 0
					for i, c := range got {
						k := c
						k.Events = 0
						if want[k] != c.Events {
							t.Errorf("%v: %d events, want %d", k, c.Events, want[k])
						}
						if i > 0 && got[i-1].Period > c.Period {
							t.Errorf("%s after %s: not in period order", c.Period, got[i-1].Period)
						}
						n += c.Events
					}
					total := 0
					for _, v := range want {
						total += v
					}
					if n != total || len(got) != len(want) {
						t.Errorf("%d events in %d rows, want %d in %d", n, len(got), total, len(want))
					}
				})
			}
		}
		if _, err := s.CountByPeriod(ctx, store.Filter{}, "week"); err == nil {
			t.Error("by week: no error")
		}
	})
}

// TestEachEventArticles checks every event comes once, in the order of
// EachEvent, with the articles its reports come from.
func TestEachEventArticles(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ingest(t, s, randomBatches(5, 40))
		all, err := s.Events(ctx, store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		i := 0
		err = s.EachEventArticles(ctx, func(e event.Event, ids []string) error {
			if i >= len(all) || all[i].ID != e.ID {
				return fmt.Errorf("event %d is %s, want the order of EachEvent", i, e.ID)
			}
			i++
			d, err := s.Event(ctx, e.ID)
			if err != nil {
				return err
			}
			var want []string
			for _, r := range d.Reports {
				want = append(want, r.Evidence[0].ArticleID)
			}
			slices.Sort(want)
			want = slices.Compact(want)
			if !slices.Equal(ids, want) || len(ids) == 0 {
				return fmt.Errorf("event %s: articles %q, want %q", e.ID, ids, want)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if i != len(all) {
			t.Errorf("%d events, want %d", i, len(all))
		}
	})
}

// TestNewestFirst: Newest reads the same events in exactly the reverse
// order, so a page of them is the newest ones.
func TestNewestFirst(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		ingest(t, s, randomBatches(9, 50))
		for _, f := range []store.Filter{
			{},
			{Pair: []string{"JPN", "USA"}},
			{Country: "KOR", Type: "AGREE"},
			{To: "2024-02-15"},
		} {
			all, err := s.Events(ctx, f)
			if err != nil {
				t.Fatal(err)
			}
			slices.Reverse(all)
			f.Newest = true
			for _, limit := range []int{0, 3} {
				f.Limit = limit
				got, err := s.Events(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				want := all
				if limit > 0 {
					want = all[:min(limit, len(all))]
				}
				if len(got) != len(want) {
					t.Fatalf("%+v: %d events, want %d", f, len(got), len(want))
				}
				for i := range want {
					if got[i].ID != want[i].ID {
						t.Errorf("%+v: event %d is %s, want %s", f, i, got[i].ID, want[i].ID)
					}
				}
			}
		}
	})
}
