package server

import (
	"context"
	"encoding/xml"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"storyline/internal/store"
)

// parsedFeed is what a feed reader takes from an Atom document: the
// elements RFC 4287 requires of a feed and its entries, in its namespace.
type parsedFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"http://www.w3.org/2005/Atom id"`
	Title   string   `xml:"http://www.w3.org/2005/Atom title"`
	Updated string   `xml:"http://www.w3.org/2005/Atom updated"`
	Author  []struct {
		Name string `xml:"http://www.w3.org/2005/Atom name"`
	} `xml:"http://www.w3.org/2005/Atom author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"http://www.w3.org/2005/Atom link"`
	Entries []struct {
		ID      string `xml:"http://www.w3.org/2005/Atom id"`
		Title   string `xml:"http://www.w3.org/2005/Atom title"`
		Updated string `xml:"http://www.w3.org/2005/Atom updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"http://www.w3.org/2005/Atom link"`
		Summary struct {
			Type string `xml:"type,attr"`
			Text string `xml:",chardata"`
		} `xml:"http://www.w3.org/2005/Atom summary"`
	} `xml:"http://www.w3.org/2005/Atom entry"`
}

func getFeed(t *testing.T, s http.Handler, target string) (parsedFeed, string) {
	t.Helper()
	w := get(t, s, target)
	if w.Code != http.StatusOK {
		t.Fatalf("%s: status %d: %s", target, w.Code, w.Body.String())
	}
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/atom+xml") {
		t.Errorf("%s: Content-Type %q", target, ct)
	}
	body := w.Body.String()
	var f parsedFeed
	dec := xml.NewDecoder(strings.NewReader(body))
	dec.Strict = true
	if err := dec.Decode(&f); err != nil {
		t.Fatalf("%s: parse the feed: %v\n%s", target, err, clip(body, 2000))
	}
	if f.ID == "" || f.Title == "" || len(f.Author) == 0 || f.Author[0].Name == "" {
		t.Errorf("%s: feed lacks id, title or author: %+v", target, f)
	}
	if _, err := time.Parse(time.RFC3339, f.Updated); err != nil {
		t.Errorf("%s: feed updated %q: %v", target, f.Updated, err)
	}
	return f, body
}

// The feed of a pair is valid Atom with one entry per newest event of the
// pair, newest first, each linking to its event page.
func TestFeedOfAPair(t *testing.T) {
	s, st := newTestServer(t, Options{})
	f, _ := getFeed(t, s, "/feeds/events.atom?pair=JPN,USA")
	events, err := st.Events(context.Background(), store.Filter{Pair: []string{"JPN", "USA"}, To: "9999-12-30"})
	if err != nil {
		t.Fatal(err)
	}
	if len(events) == 0 {
		t.Fatal("the fixture has no dated JPN–USA events")
	}
	if want := min(len(events), feedLimit); len(f.Entries) != want {
		t.Fatalf("%d entries, want %d", len(f.Entries), want)
	}
	newest := events[len(events)-1]
	if f.Entries[0].ID != "urn:storyline:event:"+newest.ID {
		t.Errorf("first entry %s, want the newest event %s", f.Entries[0].ID, newest.ID)
	}
	if !strings.Contains(f.Title, "Japan") || !strings.Contains(f.Title, "United States") {
		t.Errorf("feed title %q", f.Title)
	}
	prev := ""
	for i, e := range f.Entries {
		if e.ID == "" || e.Title == "" || e.Summary.Text == "" || e.Summary.Type != "text" {
			t.Errorf("entry %d lacks id, title or summary: %+v", i, e)
		}
		if _, err := time.Parse(time.RFC3339, e.Updated); err != nil {
			t.Errorf("entry %d updated %q: %v", i, e.Updated, err)
		}
		if prev != "" && e.Updated > prev {
			t.Errorf("entry %d (%s) newer than the one before (%s)", i, e.Updated, prev)
		}
		prev = e.Updated
		u, err := url.Parse(e.Link.Href)
		if err != nil || !u.IsAbs() || !strings.HasPrefix(u.Path, "/events/") {
			t.Fatalf("entry %d link %q: want an absolute link to an event page", i, e.Link.Href)
		}
		if w := get(t, s, u.RequestURI()); w.Code != http.StatusOK {
			t.Errorf("entry %d link %s: status %d", i, u.Path, w.Code)
		}
	}
	// limit and offset page back through older events.
	two, _ := getFeed(t, s, "/feeds/events.atom?pair=JPN,USA&limit=2&offset=1")
	if len(events) > 2 && (len(two.Entries) != 2 || two.Entries[0].ID != f.Entries[1].ID) {
		t.Errorf("limit 2 offset 1: %d entries, first %v", len(two.Entries), two.Entries)
	}
}

// Scraped markup in titles and evidence reaches a reader as text.
func TestFeedEscapesHostileText(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	f, body := getFeed(t, s, "/feeds/events.atom?q=xss-evidence")
	if len(f.Entries) == 0 {
		t.Fatal("no entry for the hostile capture")
	}
	if strings.Contains(body, "<script") || strings.Contains(body, "<img") {
		t.Errorf("unescaped markup in the feed:\n%s", clip(body, 3000))
	}
	if !strings.Contains(f.Entries[0].Summary.Text, `<script>alert("xss-evidence")</script>`) {
		t.Errorf("summary %q does not carry the evidence as text", f.Entries[0].Summary.Text)
	}
}

func TestFeedBadRequests(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	for _, bad := range []string{"/feeds/events.atom?limit=500", "/feeds/events.atom?pair=J", "/feeds/events.atom?by=month"} {
		if w := get(t, s, bad); w.Code != http.StatusBadRequest {
			t.Errorf("%s: status %d, want 400", bad, w.Code)
		}
	}
	// A filter nothing matches is an empty feed, still valid.
	if f, _ := getFeed(t, s, "/feeds/events.atom?pair=JPN,FRA,ZZZ"); len(f.Entries) != 0 {
		t.Errorf("%d entries for no events", len(f.Entries))
	}
}
