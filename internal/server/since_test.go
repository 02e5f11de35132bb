package server

import (
	"context"
	"net/http"
	"net/url"
	"path/filepath"
	"testing"
	"time"

	"storyline/internal/store"
)

// TestSinceShowsNewEvents: a running server shows the events another
// process stores (as storyline watch does), and since= gives only those
// written after a time.
func TestSinceShowsNewEvents(t *testing.T) {
	db := "sqlite:" + filepath.Join(t.TempDir(), "live.db")
	s, _ := serveStore(t, db, Options{})
	writer, err := store.Open(context.Background(), db) // another process's handle
	if err != nil {
		t.Fatal(err)
	}
	defer writer.Close()
	ingestText(t, writer, "first.txt", "date 2024-03-04  Test\nHeadline\n\nFrench President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin on Monday.\n")
	time.Sleep(5 * time.Millisecond) // times are kept to the millisecond
	first := decode[eventPage](t, get(t, s, "/api/events?since=2000-01-01T00:00:00Z"))
	if first.Total == 0 || first.AsOf == "" {
		t.Fatalf("first ingest: %d events, as_of %q", first.Total, first.AsOf)
	}
	asOf, err := time.Parse(time.RFC3339Nano, first.AsOf)
	if err != nil {
		t.Fatalf("as_of %q: %v", first.AsOf, err)
	}
	if got := decode[eventPage](t, get(t, s, "/api/events?since="+url.QueryEscape(first.AsOf))); got.Total != 0 {
		t.Errorf("since as_of with nothing new: %d events, want 0", got.Total)
	}
	for time.Now().UTC().Before(asOf.Add(2 * time.Millisecond)) {
		time.Sleep(time.Millisecond) // the next rows must bear a later time
	}
	ingestText(t, writer, "second.txt", "date 2024-05-06  Test\nHeadline\n\nJapanese Prime Minister Fumio Kishida visited Canberra, where he met Australian Prime Minister Anthony Albanese on Tuesday.\n")
	all := decode[eventPage](t, get(t, s, "/api/events"))
	if all.Total <= first.Total || all.AsOf != "" {
		t.Fatalf("after the second ingest the server shows %d events (as_of %q), want more than %d", all.Total, all.AsOf, first.Total)
	}
	fresh := decode[eventPage](t, get(t, s, "/api/events?since="+url.QueryEscape(first.AsOf)))
	if fresh.Total != all.Total-first.Total {
		t.Errorf("since the first poll: %d events, want %d", fresh.Total, all.Total-first.Total)
	}
	for _, e := range fresh.Events {
		for _, old := range first.Events {
			if e.ID == old.ID {
				t.Errorf("event %s of the first ingest came back", e.ID)
			}
		}
	}
	for _, bad := range []string{"yesterday", "2024-05-06", "2024-05-06T10:00:00"} {
		if w := get(t, s, "/api/events?since="+url.QueryEscape(bad)); w.Code != http.StatusBadRequest {
			t.Errorf("since=%s: status %d, want 400", bad, w.Code)
		}
	}
}
