package store_test

import (
	"context"
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
		todo, err := s.UnfinishedFetches(ctx, 3)
		if err != nil {
			t.Fatal(err)
		}
		var urls []string
		for _, f := range todo {
			urls = append(urls, f.URL)
		}
		want := []string{"https://a.example/busy", "https://a.example/new", "https://a.example/slow"}
		if len(urls) != len(want) || urls[0] != want[0] || urls[1] != want[1] || urls[2] != want[2] {
			t.Errorf("UnfinishedFetches = %q, want %q", urls, want)
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
