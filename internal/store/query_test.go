package store_test

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"storyline/internal/event"
	"storyline/internal/store"
)

// randomBatches makes n articles of random events among a few countries on
// random days of one year, some undated-by-day (month grain), so merges,
// updates and deletions happen when they are ingested in parts.
func randomBatches(seed uint64, n int) []store.Batch {
	r := rand.New(rand.NewPCG(seed, 7))
	codes := []string{"JPN", "USA", "CHN", "PRK", "KOR", "FRA"}
	types := []string{"CONSULT", "THREATEN", "AGREE"}
	var out []store.Batch
	for i := range n {
		src := fmt.Sprintf("in/r%03d.txt", i)
		var evs []event.Event
		for j := range 1 + r.IntN(3) {
			a := codes[r.IntN(len(codes))]
			b := codes[r.IntN(len(codes))]
			day := fmt.Sprintf("2024-%02d-%02d", 1+r.IntN(3), 1+r.IntN(28))
			status := event.Occurred
			if r.IntN(3) == 0 {
				status = event.Planned
			}
			e := report(types[r.IntN(len(types))], status, day, day, event.GrainDay, "", "",
				fmt.Sprintf("Sentence %d of %s about %s and %s.", j, src, a, b), a, b)
			if r.IntN(8) == 0 {
				e.Date = &event.Date{Start: day[:8] + "01", End: day[:8] + "28", Grain: event.GrainMonth, Basis: event.BasisExplicit}
			}
			evs = append(evs, e)
		}
		out = append(out, store.Batch{Input: src, Done: true, Records: []store.Record{rec(src, "2024-04-01", "", evs...)}})
	}
	return out
}

// TestIndexedQueriesMatchAScan checks the indexed query paths (countries in
// date order, kept actor counts) against filters and counts computed here
// over every event, after ingests in parts that update and delete events.
func TestIndexedQueriesMatchAScan(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		batches := randomBatches(1, 120)
		for i := 0; i < len(batches); i += 30 {
			ingest(t, s, batches[i:i+30])
		}
		all, err := s.Events(ctx, store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(all) < 100 {
			t.Fatalf("%d events, want a hundred or more", len(all))
		}
		has := func(e event.Event, c string) bool { return slices.Contains(e.Countries(), c) }
		filters := []store.Filter{
			{Country: "jpn"},
			{Pair: []string{"JPN", "USA"}},
			{Pair: []string{"USA", "JPN"}, Type: "CONSULT"},
			{Country: "PRK", Pair: []string{"PRK", "KOR"}},
			{Country: "FRA", To: "2024-02-10"},
			{Pair: []string{"CHN", "KOR"}, From: "2024-02-01", To: "2024-03-01"},
			{Type: "THREATEN", To: "2024-01-20"},
			{Pair: []string{"JPN", "USA"}, Limit: 5, Offset: 3},
			{Pair: []string{"JPN", ""}},
			{Country: "XXX"},
			{Pair: []string{"JPN", "USA", "CHN"}},
			{Country: "usa", Pair: []string{"KOR"}, Limit: 4},
			{Pair: []string{"KOR", "KOR"}},
			{Country: "JPN USA"},
			{Country: "KOR", Type: "AGREE", Limit: 3, Offset: 1},
			{Country: "JPN", Status: "planned"},
			{Pair: []string{"USA", "CHN"}, Status: "occurred", Mode: "meet", Type: "CONSULT"},
			{Country: "FRA", Mode: "visit"},
		}
		for _, f := range filters {
			t.Run(fmt.Sprintf("%+v", f), func(t *testing.T) {
				var want []string
				for _, e := range all {
					ok := !strings.Contains(f.Country, " ") &&
						(f.Country == "" || has(e, strings.ToUpper(f.Country))) &&
						(f.Type == "" || e.Type == f.Type) &&
						(f.Status == "" || string(e.Status) == f.Status) &&
						(f.Mode == "" || e.Mode == f.Mode) &&
						(f.To == "" || e.Date.Start <= f.To) &&
						(f.From == "" || e.Date.End >= f.From)
					for _, c := range f.Pair {
						ok = ok && (c == "" || has(e, c))
					}
					if ok {
						want = append(want, e.ID)
					}
				}
				n, err := s.CountEvents(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if n != len(want) {
					t.Errorf("CountEvents = %d, want %d", n, len(want))
				}
				if f.Limit > 0 {
					want = want[min(f.Offset, len(want)):min(f.Offset+f.Limit, len(want))]
				}
				got, err := s.Events(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				var ids []string
				for _, e := range got {
					ids = append(ids, e.ID)
				}
				if !slices.Equal(ids, want) {
					t.Errorf("events %v,\nwant %v", ids, want)
				}
			})
		}

		counts := map[string]int{}
		for _, e := range all {
			seen := map[string]bool{}
			for _, a := range e.Actors {
				id := store.ActorID(a.Name, *a.Country)
				if !seen[id] {
					seen[id] = true
					counts[id]++
				}
			}
		}
		actors, err := s.Actors(ctx, store.ActorFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(actors) != len(counts) {
			t.Errorf("%d actors, want %d", len(actors), len(counts))
		}
		for i, a := range actors {
			if a.Events != counts[a.ID] {
				t.Errorf("actor %s: %d events, want %d", a.ID, a.Events, counts[a.ID])
			}
			if i > 0 && (actors[i-1].Events < a.Events || actors[i-1].Events == a.Events && actors[i-1].ID > a.ID) {
				t.Errorf("actors out of order at %d: %+v", i, actors)
			}
		}
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if st.Actors != len(counts) || st.Events != len(all) || st.FirstDate != "2024-01-01" {
			t.Errorf("stats %+v, want %d actors, %d events, first date 2024-01-01", st, len(counts), len(all))
		}
		before := dump(t, s)
		if _, err := s.Rebuild(ctx, store.RebuildOptions{Full: true}); err != nil {
			t.Fatal(err)
		}
		if d := diff(before, dump(t, s)); d != "" {
			t.Errorf("a full rebuild changed the store:\n%s", d)
		}
	})
}
