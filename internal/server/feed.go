package server

import (
	"encoding/xml"
	"net/http"
	"strings"
	"time"

	"storyline/internal/event"
)

// Atom (RFC 4287) documents, as much of them as a feed of events needs.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Author  atomPerson  `xml:"author"`
	Links   []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomEntry struct {
	ID       string         `xml:"id"`
	Title    string         `xml:"title"`
	Updated  string         `xml:"updated"`
	Link     atomLink       `xml:"link"`
	Summary  atomText       `xml:"summary"`
	Category []atomCategory `xml:"category"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Text string `xml:",chardata"`
}

type atomCategory struct {
	Term string `xml:"term,attr"`
}

// feedLimit is the entries of a feed by default; limit may ask up to
// feedMax.
const (
	feedLimit = 50
	feedMax   = 200
)

// feedEvents answers GET /feeds/events.atom: the newest dated events the
// filters of /api/events select, newest first, as an Atom feed. An entry's
// updated time is its event's first day (the store keeps no time of
// change), so a reader sorts entries by when the events happen.
func (s *Server) feedEvents(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := parseEventFilter(q, true, feedLimit)
	if err == nil && f.Limit > feedMax {
		err = &paramError{"limit", q.Get("limit"), "at most 200 entries"}
	}
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	// Undated events fail any To bound; newest first, the store reads its
	// date indexes backwards.
	if f.To == "" {
		f.To = "9999-12-30"
	}
	f.Newest = true
	events, err := s.store.Events(r.Context(), f)
	if err != nil {
		s.failStore(w, r, err)
		return
	}

	base := origin(r)
	feed := atomFeed{
		ID:      "urn:storyline:feed:" + strings.TrimPrefix(pageLink("", q, 0), "?"),
		Title:   feedTitle(f.Pair, f.Country),
		Updated: "1970-01-01T00:00:00Z",
		Author:  atomPerson{Name: "Storyline"},
		Links: []atomLink{
			{Rel: "self", Type: "application/atom+xml", Href: base + r.URL.RequestURI()},
			{Rel: "alternate", Type: "text/html", Href: base + pageLink("/", q, 0)},
		},
	}
	for i := range events {
		e := &events[i]
		updated := atomTime(e.Date)
		title := heading(e)
		if e.Date != nil {
			title = dateLabel(e.Date) + " · " + title
		}
		if updated > feed.Updated {
			feed.Updated = updated
		}
		entry := atomEntry{
			ID:       "urn:storyline:event:" + e.ID,
			Title:    title,
			Updated:  updated,
			Link:     atomLink{Rel: "alternate", Type: "text/html", Href: base + "/events/" + e.ID},
			Summary:  atomText{Type: "text", Text: evidenceText(e)},
			Category: []atomCategory{{Term: e.Type}, {Term: string(e.Status)}},
		}
		feed.Entries = append(feed.Entries, entry)
	}
	body, err := xml.MarshalIndent(feed, "", " ")
	if err != nil {
		s.fail(w, r, http.StatusInternalServerError, err)
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.Write([]byte(xml.Header))
	w.Write(body)
	w.Write([]byte("\n"))
}

// origin is the scheme and host the request came to, for the absolute
// links a feed reader needs.
func origin(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func atomTime(d *event.Date) string {
	if d == nil {
		return "1970-01-01T00:00:00Z"
	}
	t, err := time.Parse(time.DateOnly, d.Start)
	if err != nil {
		return "1970-01-01T00:00:00Z"
	}
	return t.Format(time.RFC3339)
}

func feedTitle(pair []string, country string) string {
	var names []string
	for _, c := range pair {
		names = append(names, countryName(c))
	}
	switch {
	case len(names) > 1:
		return "Storyline: events between " + strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	case len(names) == 1:
		return "Storyline: events of " + names[0]
	case country != "":
		return "Storyline: events of " + countryName(country)
	}
	return "Storyline: events"
}

// evidenceText is the event's first evidence sentence that reports its
// status, with its sources.
func evidenceText(e *event.Event) string {
	ev, ok := e.StatusEvidence()
	if !ok {
		return ""
	}
	text := strings.Join(strings.Fields(ev.Text), " ")
	n := max(e.Sources, len(e.Evidence))
	return text + " (" + plural(n, "source", "sources") + ")"
}
