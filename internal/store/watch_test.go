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

func TestWatchFetches(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		at := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
		rows := []store.Fetch{
			{URL: "https://a.example/feed", Feed: true, Status: 200, ETag: `"v1"`, LastModified: "Fri, 04 Dec 2026 10:00:00 GMT", FetchedAt: at},
			{URL: "https://a.example/new"},
			{URL: "https://a.example/ok", Status: 200, Attempts: 1, FetchedAt: at, Archive: "x.warc.gz"},
			{URL: "https://a.example/gone", Status: 404, Attempts: 1},
			{URL: "https://a.example/busy", Status: 503, Attempts: 1, Error: "503"},
			{URL: "https://a.example/slow", Status: 0, Attempts: 2, Error: "timeout"},
			{URL: "https://a.example/given-up", Status: 500, Attempts: 3},
		}
		if err := s.SaveFetches(ctx, rows); err != nil {
			t.Fatal(err)
		}
		got, err := s.Fetches(ctx, []string{"https://a.example/feed", "https://a.example/ok", "https://a.example/unknown"})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 || got["https://a.example/feed"] != rows[0] || got["https://a.example/ok"] != rows[2] {
			t.Errorf("Fetches = %+v", got)
		}
		todo, err := s.ClaimFetches(ctx, "w1", time.Minute, 3)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"https://a.example/busy", "https://a.example/new", "https://a.example/slow"}
		if urls := fetchURLs(todo); !slices.Equal(urls, want) {
			t.Errorf("ClaimFetches = %q, want %q", urls, want)
		}
		if again, err := s.ClaimFetches(ctx, "w1", time.Minute, 3); err != nil || !slices.Equal(fetchURLs(again), want) {
			t.Errorf("ClaimFetches by the same worker again = %q, %v; want its claims %q", fetchURLs(again), err, want)
		}
		// Saving again replaces the row.
		rows[1].Status, rows[1].Attempts = 200, 1
		if err := s.SaveFetches(ctx, rows[1:2]); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Fetches(ctx, []string{rows[1].URL}); got[rows[1].URL].Status != 200 {
			t.Errorf("row not replaced: %+v", got)
		}
		// Many addresses at once (more than one statement's worth).
		var many []string
		for i := range 450 {
			many = append(many, "https://b.example/"+time.Duration(i).String())
		}
		if got, err := s.Fetches(ctx, many); err != nil || len(got) != 0 {
			t.Errorf("Fetches of 450 unknown addresses: %d rows, %v", len(got), err)
		}
	})
}

// TestEventsSince: Since selects the events a rebuild made or changed
// after a time, and nothing else.
func TestEventsSince(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		c := corpus()
		ingest(t, s, c[:1]) // the planned meeting
		all, err := s.Events(ctx, store.Filter{})
		if err != nil || len(all) != 1 {
			t.Fatalf("after the first report: %d events, %v", len(all), err)
		}
		// Times are kept to the millisecond: the mark falls strictly
		// between the two ingests.
		time.Sleep(5 * time.Millisecond)
		mark := time.Now()
		time.Sleep(5 * time.Millisecond)
		if got, _ := s.Events(ctx, store.Filter{Since: mark}); len(got) != 0 {
			t.Errorf("since a time after the last rebuild: %d events, want 0", len(got))
		}
		ingest(t, s, c[4:])  // a second meeting and a threat: new events
		ingest(t, s, c[1:2]) // the meeting held: the first event changes
		since, err := s.Events(ctx, store.Filter{Since: mark})
		if err != nil {
			t.Fatal(err)
		}
		after, _ := s.Events(ctx, store.Filter{})
		if len(since) != len(after) {
			t.Errorf("since the mark: %d events, want all %d (each was made or changed since)", len(since), len(after))
		}
		n, err := s.CountEvents(ctx, store.Filter{Since: mark, Pair: []string{"JPN", "USA"}})
		if err != nil || n != 2 {
			t.Errorf("count since the mark for JPN–USA: %d, %v; want 2", n, err)
		}
		if got, _ := s.Events(ctx, store.Filter{Since: time.Now().Add(time.Hour)}); len(got) != 0 {
			t.Errorf("since a time to come: %d events", len(got))
		}
	})
}

func fetchURLs(fs []store.Fetch) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.URL)
	}
	return out
}

// TestFetchClaims: an article claimed by one watch process is not given
// to another until the claim is released by saving the fetch, or runs
// out; found addresses never overwrite what is known; claims made at once
// by many workers never overlap.
func TestFetchClaims(t *testing.T) {
	eachEngine(t, func(t *testing.T, s *store.Store) {
		ctx := context.Background()
		if err := s.AddFetches(ctx, []store.Fetch{{URL: "https://a.example/1"}, {URL: "https://a.example/2"}}); err != nil {
			t.Fatal(err)
		}
		a, err := s.ClaimFetches(ctx, "a", time.Hour, 3)
		if err != nil || len(a) != 2 {
			t.Fatalf("first claim: %q, %v", fetchURLs(a), err)
		}
		if b, err := s.ClaimFetches(ctx, "b", time.Hour, 3); err != nil || len(b) != 0 {
			t.Errorf("a second worker got %q (%v) while the first holds them", fetchURLs(b), err)
		}
		// A failed fetch saved releases its claim: the next round of
		// any worker may try it again.
		done := a[0]
		done.Status, done.Attempts, done.Error = 503, 1, "503"
		if err := s.SaveFetches(ctx, []store.Fetch{done}); err != nil {
			t.Fatal(err)
		}
		if b, err := s.ClaimFetches(ctx, "b", time.Hour, 3); err != nil || !slices.Equal(fetchURLs(b), []string{done.URL}) {
			t.Errorf("after a saved failure, the second worker got %q (%v), want %s", fetchURLs(b), err, done.URL)
		}
		// Found again by another watch, a known address is left as it is.
		if err := s.AddFetches(ctx, []store.Fetch{{URL: done.URL}, {URL: "https://a.example/3"}}); err != nil {
			t.Fatal(err)
		}
		if got, _ := s.Fetches(ctx, []string{done.URL}); got[done.URL].Attempts != 1 {
			t.Errorf("AddFetches overwrote a known row: %+v", got[done.URL])
		}
		// A claim renewed holds; one run out is taken over.
		if err := s.RenewFetchClaims(ctx, "a", time.Millisecond); err != nil {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
		c, err := s.ClaimFetches(ctx, "c", time.Hour, 3)
		if want := []string{"https://a.example/2", "https://a.example/3"}; err != nil || !slices.Equal(fetchURLs(c), want) {
			t.Errorf("after a's claims ran out, c got %q (%v), want %q", fetchURLs(c), err, want)
		}

		// Many workers claiming at once: each address goes to one.
		var found []store.Fetch
		for i := range 200 {
			found = append(found, store.Fetch{URL: fmt.Sprintf("https://b.example/%03d", i)})
		}
		if err := s.AddFetches(ctx, found); err != nil {
			t.Fatal(err)
		}
		var mu sync.Mutex
		owner := map[string]string{}
		var wg sync.WaitGroup
		for w := range 4 {
			wg.Go(func() {
				name := fmt.Sprintf("w%d", w)
				got, err := s.ClaimFetches(ctx, name, time.Hour, 3)
				if err != nil {
					t.Errorf("%s: %v", name, err)
				}
				mu.Lock()
				defer mu.Unlock()
				for _, f := range got {
					if prev, ok := owner[f.URL]; ok {
						t.Errorf("%s claimed by %s and %s", f.URL, prev, name)
					}
					owner[f.URL] = name
				}
			})
		}
		wg.Wait()
		if len(owner) != len(found) {
			t.Errorf("%d of %d addresses claimed", len(owner), len(found))
		}
	})
}
