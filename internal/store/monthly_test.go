package store_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"storyline/internal/event"
	"storyline/internal/merge"
	"storyline/internal/store"
	"storyline/internal/store/storetest"
)

// TestMonthlyGroupMatchesFullRebuild grows one group past MonthlyFrom in
// batches: the first is merged whole (a meeting dated the 31st by some
// outlets and the 1st by others is one event); the second takes the group
// past the size, so it is merged month by month (the meeting is two
// events, a month-dated report joins the one meeting of its month, an
// undated report stays with its like); the third adds reports to March
// only, and only March is merged again. After each batch the store equals
// one rebuild of everything so far, and a full rebuild of itself.
func TestMonthlyGroupMatchesFullRebuild(t *testing.T) {
	opts := merge.DefaultOptions()
	opts.MonthlyFrom = 30
	n := 0
	article := func(published string, e event.Event) store.Batch {
		n++
		source := fmt.Sprintf("in/monthly-%03d.txt", n)
		e.Evidence[0].Text = fmt.Sprintf("%s Outlet %d reported it.", e.Evidence[0].Text, n)
		return store.Batch{Input: source, Done: true, Records: []store.Record{rec(source, published, fmt.Sprintf("Story number %d. ", n), e)}}
	}
	meeting := func(day, place string) event.Event {
		e := report("CONSULT", event.Occurred, day, day, event.GrainDay, place, "JPN", "Japanese and US officials met.", "JPN", "USA")
		e.Date.Basis = event.BasisRelative // read in another time zone, a day off
		return e
	}
	var first, second, third []store.Batch
	for range 10 {
		first = append(first, article("2024-04-01", meeting("2024-03-31", "Tokyo")))
		first = append(first, article("2024-04-02", meeting("2024-04-01", "Tokyo")))
	}
	for range 5 {
		second = append(second, article("2024-04-02", meeting("2024-04-01", "Tokyo")))
		second = append(second, article("2024-05-11", meeting("2024-05-10", "Osaka")))
	}
	second = append(second, article("2024-06-03", report("CONSULT", event.Occurred, "2024-05-01", "2024-05-31", event.GrainMonth, "Osaka", "JPN",
		"Japan and the US held talks in Osaka in May.", "JPN", "USA")))
	for range 2 {
		undated := report("CONSULT", event.Occurred, "", "", event.GrainDay, "Osaka", "JPN", "Japanese and US officials met in Osaka.", "JPN", "USA")
		undated.Date = nil
		second = append(second, article("", undated))
	}
	for range 3 {
		third = append(third, article("2024-07-01", meeting("2024-03-31", "Tokyo")))
	}
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		var all []store.Batch
		for i, step := range []struct {
			batches []store.Batch
			sizes   []int // reports per event, largest first
			merged  int   // reports the rebuild merges again
		}{
			{first, []int{20}, 20},
			{second, []int{15, 6, 10, 2}, 33},
			{third, []int{15, 13, 6, 2}, 13},
		} {
			all = append(all, step.batches...)
			saveAll(t, s, step.batches)
			st, err := s.Rebuild(ctx, store.RebuildOptions{Merge: &opts})
			if err != nil {
				t.Fatal(err)
			}
			if st.Reports != step.merged {
				t.Errorf("batch %d merged %d reports again, want %d: %+v", i+1, st.Reports, step.merged, st)
			}
			slices.SortFunc(step.sizes, func(a, b int) int { return b - a })
			if sizes := meetingSizes(t, s); !slices.Equal(sizes, step.sizes) {
				t.Errorf("batch %d: events of %v reports, want %v", i+1, sizes, step.sizes)
			}
			one := open(t, storetest.URL(t, string(s.Engine())))
			saveAll(t, one, all)
			if _, err := one.Rebuild(ctx, store.RebuildOptions{Merge: &opts}); err != nil {
				t.Fatal(err)
			}
			if got, want := dump(t, s), dump(t, one); got != want {
				t.Fatalf("batch %d: the store differs from one rebuild of the same articles:\n%s", i+1, diff(want, got))
			}
			before := dump(t, s)
			st, err = s.Rebuild(ctx, store.RebuildOptions{Full: true, Merge: &opts})
			if err != nil {
				t.Fatal(err)
			}
			if st.Inserted+st.Updated+st.Deleted != 0 {
				t.Errorf("batch %d: a full rebuild changed events: %+v", i+1, st)
			}
			if after := dump(t, s); after != before {
				t.Fatalf("batch %d: a full rebuild changed the store:\n%s", i+1, diff(before, after))
			}
		}
	})
}

func saveAll(t *testing.T, s *store.Store, batches []store.Batch) {
	t.Helper()
	ctx := context.Background()
	var paths []string
	for _, b := range batches {
		paths = append(paths, b.Input)
	}
	if _, err := s.AddInputs(ctx, paths); err != nil {
		t.Fatal(err)
	}
	for _, b := range batches {
		if _, err := s.Save(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReportsWithoutMonthAreFilled: reports stored before reports had a
// month get it at the next rebuild, which merges everything again once and
// leaves the events as they were.
func TestReportsWithoutMonthAreFilled(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		checkFilledAtRebuild(t, s, []string{"2024-03-10", "2024-03-10", "2024-04-20"},
			`UPDATE reports SET month = NULL`,
			`SELECT count(*) FROM reports WHERE month IS NULL OR month = ''`, "month")
	})
}

// TestGroupStoredIntoDuringAMergeIsCountedLinked: whether a group is large
// counts its reports of linked articles only. Another worker stores five
// reports of a group of 29 (MonthlyFrom 30) while a rebuild merges an
// earlier group: the rebuild merges the 29 whole, and the next one, which
// links the five, merges the 34 month by month; the store then equals one
// rebuild of everything.
func TestGroupStoredIntoDuringAMergeIsCountedLinked(t *testing.T) {
	opts := merge.DefaultOptions()
	opts.MonthlyFrom = 30
	n := 0
	article := func(published, day string, countries ...string) store.Batch {
		n++
		source := fmt.Sprintf("in/during-%03d.txt", n)
		e := report("CONSULT", event.Occurred, day, day, event.GrainDay, "Tokyo", "JPN",
			fmt.Sprintf("Officials met in Tokyo. Outlet %d reported it.", n), countries...)
		return store.Batch{Input: source, Done: true, Records: []store.Record{rec(source, published, fmt.Sprintf("Story number %d. ", n), e)}}
	}
	var first, later []store.Batch
	for i := range 3 {
		first = append(first, article("2024-03-05", fmt.Sprintf("2024-03-0%d", i+2), "CHN", "USA"))
	}
	for i := range 29 {
		day := []string{"2024-03-04", "2024-04-10"}[i%2]
		first = append(first, article(day, day, "JPN", "USA"))
	}
	for range 5 {
		later = append(later, article("2024-04-10", "2024-04-10", "JPN", "USA"))
	}
	units := func(t *testing.T, s *store.Store) int {
		t.Helper()
		var k int
		if err := s.DB().QueryRow(`SELECT count(*) FROM events WHERE group_key LIKE '%@%'`).Scan(&k); err != nil {
			t.Fatal(err)
		}
		return k
	}
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		saveAll(t, s, first)
		parts := 0
		store.MergeOneGroupAPart(t, func() {
			parts++
			if parts == 1 {
				saveAll(t, s, later)
			}
		})
		if _, err := s.Rebuild(ctx, store.RebuildOptions{Merge: &opts}); err != nil {
			t.Fatal(err)
		}
		if parts < 2 {
			t.Fatalf("the rebuild merged in %d parts, want 2", parts)
		}
		if k := units(t, s); k != 0 {
			t.Errorf("a group of 29 linked reports and 5 unlinked has %d events by month, want none (merged whole)", k)
		}
		if _, err := s.Rebuild(ctx, store.RebuildOptions{Merge: &opts}); err != nil {
			t.Fatal(err)
		}
		if k := units(t, s); k == 0 {
			t.Error("a group of 34 linked reports has no events by month")
		}
		one := open(t, storetest.URL(t, string(s.Engine())))
		saveAll(t, one, append(first, later...))
		if _, err := one.Rebuild(ctx, store.RebuildOptions{Merge: &opts}); err != nil {
			t.Fatal(err)
		}
		if got, want := dump(t, s), dump(t, one); got != want {
			t.Fatalf("the store differs from one rebuild of the same articles:\n%s", diff(want, got))
		}
	})
}
