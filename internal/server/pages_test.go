package server

import (
	"bytes"
	"flag"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"storyline/internal/event"
	"storyline/internal/store"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

func TestPagesAnswer(t *testing.T) {
	s, st := newTestServer(t, Options{})
	ev := xssEvent(t, st)
	actor := store.ActorID(ev.Actors[0].Name, deref(ev.Actors[0].Country))
	tests := []struct {
		target string
		status int
		want   string
	}{
		{"/", 200, "li class=\"event"},
		{"/?pair=JPN&pair=USA", 200, "Japan"},
		{"/?pair=JPN,USA&type=CONSULT&status=planned", 200, "Timeline"},
		{"/?type=NOPE", 400, "PLOVER"},
		{"/?from=yesterday", 400, "YYYY-MM-DD"},
		{"/events/" + ev.ID, 200, "<mark class=\"evidence\">"},
		{"/events/nope", 404, "not found"},
		{"/actors", 200, "<table class=\"actors\">"},
		{"/actors?country=xx1", 400, "alpha-3"},
		{"/actors?limit=1", 200, "/actors?limit=1&amp;offset=1"},
		{"/actors/" + url.PathEscape(actor), 200, "network-svg"},
		{"/actors/nobody", 404, "not found"},
		{"/articles/" + ev.Evidence[0].ArticleID, 200, "class=\"body\""},
		{"/search?q=talks", 200, "<mark>"},
		{"/search", 200, "Search articles"},
		{"/static/style.css", 200, "--mark"},
		{"/static/app.js", 200, "DOMContentLoaded"},
		{"/static/nothing.css", 404, ""},
		{"/static/", 404, "no such page"},
		{"/no/such/page", 404, "no such page"},
	}
	for _, tt := range tests {
		w := get(t, s, tt.target)
		if w.Code != tt.status {
			t.Errorf("%s: status %d, want %d", tt.target, w.Code, tt.status)
			continue
		}
		if !strings.Contains(w.Body.String(), tt.want) {
			t.Errorf("%s: page lacks %q", tt.target, tt.want)
		}
		if strings.HasSuffix(tt.target, ".js") && !strings.Contains(w.Header().Get("Content-Type"), "javascript") {
			t.Errorf("%s: Content-Type %q", tt.target, w.Header().Get("Content-Type"))
		}
	}
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// The hostile capture's markup comes out as text on every page that shows
// it: the parsed HTML holds no element, attribute or URL the capture brought.
func TestHostileCaptureIsEscaped(t *testing.T) {
	s, st := newTestServer(t, Options{})
	ev := xssEvent(t, st)
	pages := []string{
		"/", "/?q=xss-evidence", "/?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
		"/events/" + ev.ID,
		"/articles/" + ev.Evidence[0].ArticleID,
		"/search?q=Macron", "/search?q=%3Cscript%3Ealert(1)%3C/script%3E",
		"/actors?q=%3Cscript%3E",
		"/map", "/map?q=xss-evidence", "/map?q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E",
	}
	for _, p := range pages {
		w := get(t, s, p)
		body := w.Body.String()
		for _, raw := range []string{`<script>alert`, `<img src=x`, `<svg onload`, `<iframe`, `<style>body`, `href="javascript:`, `<a href="javascript`} {
			if strings.Contains(body, raw) {
				t.Errorf("%s: unescaped %q in the page", p, raw)
			}
		}
		checkTree(t, p, body)
	}
	// The markup is there, as text.
	page := get(t, s, "/events/"+ev.ID).Body.String()
	for _, shown := range []string{`&lt;script&gt;alert(&#34;xss-evidence&#34;)&lt;/script&gt;`, `&lt;img src=x onerror=alert(&#39;evidence&#39;)&gt;`, `javascript:alert(&#39;uri&#39;)`} {
		if !strings.Contains(page, shown) {
			t.Errorf("event page does not show %q as text", shown)
		}
	}
	if strings.Contains(page, "Original page") {
		t.Error("event page links to a javascript: address")
	}
}

// checkTree parses a page and fails on any script but the server's own, any
// event-handler attribute, any element a capture could have injected and
// any link that is not http(s) or this site's.
func checkTree(t *testing.T, name, body string) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(body))
	if err != nil {
		t.Fatalf("%s: parse: %v", name, err)
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script":
				if attr(n, "src") != "/static/app.js" || n.FirstChild != nil {
					t.Errorf("%s: foreign script %v", name, n.Attr)
				}
			case "img", "iframe", "object", "embed", "style", "base", "meta":
				if n.Data != "meta" || (attr(n, "charset") == "" && attr(n, "name") != "viewport") {
					t.Errorf("%s: injected <%s>", name, n.Data)
				}
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(strings.ToLower(a.Key), "on") || a.Key == "style" {
					t.Errorf("%s: <%s %s=%q>", name, n.Data, a.Key, a.Val)
				}
				if a.Key == "href" || a.Key == "src" || a.Key == "action" {
					v := strings.ToLower(strings.TrimSpace(a.Val))
					if !strings.HasPrefix(v, "/") && !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://") {
						t.Errorf("%s: <%s %s=%q>", name, n.Data, a.Key, a.Val)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// The event page of a fixed event, drawn from the templates, matches its
// golden file (go test -run EventPageGolden -update rewrites it).
func TestEventPageGolden(t *testing.T) {
	s, _ := emptyServer(t, Options{})
	body := "WASHINGTON\nThe two ministers met on Tuesday. They will meet again in Tokyo on July 28 to sign a <deal>.\nMore later."
	start := strings.Index(body, "They will")
	end := strings.Index(body, "More later") - 1
	jpn, usa := "JPN", "USA"
	title := "Foreign Minister"
	e := event.Event{
		ID: "e1", Type: "CONSULT", Mode: "meet", Status: event.Planned,
		Date:     &event.Date{Start: "2024-07-28", End: "2024-07-28", Grain: event.GrainDay, Basis: event.BasisExplicit},
		Location: &event.Location{Name: "Tokyo", Country: &jpn},
		Actors: []event.Actor{
			{Name: "Japan", Country: &jpn, Role: event.RoleParticipant},
			{Name: "Jane Roe", Title: &title, Country: &usa, Role: event.RoleParticipant},
		},
		Topics:     []string{"trade"},
		Evidence:   []event.Evidence{{Source: "a.txt", Text: body[start:end], Start: start, End: end}},
		Confidence: 0.8, Sources: 1,
	}
	d := eventData{Event: e, Card: newCard(&e)}
	d.Parties = d.Card.Parties
	d.Reports = []reportView{{
		Status: "planned", ArticleID: "a1", Title: "Ministers to meet", Publisher: "Daily <b>News</b>", Published: "2024-07-20",
		Link: "https://example.com/a?x=1&y=2", Excerpt: highlight(body, start, end, 20), Whole: highlight(body, start, end, 0),
	}}
	w := newRecorder()
	s.render(w, httptestRequest("/events/e1"), "event", page{Title: d.Card.Heading, Nav: "timeline", Data: d})
	golden := filepath.Join("testdata", "event.golden.html")
	if *update {
		if err := os.WriteFile(golden, w.Body.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (run with -update to write it): %v", err)
	}
	if !bytes.Equal(w.Body.Bytes(), want) {
		t.Errorf("event page differs from %s (run with -update if the change is meant):\n%s", golden, w.Body)
	}
	checkTree(t, "golden event page", w.Body.String())
}

func TestRoutesAnswerHEAD(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	w := newRecorder()
	r := httptestRequest("/")
	r.Method = http.MethodHead
	s.ServeHTTP(w, r)
	if w.Code != http.StatusOK {
		t.Errorf("HEAD /: status %d", w.Code)
	}
}

// A date read against a day the page gives some other way than in full
// says on the event page how that day was found.
func TestEventPageSaysHowTheDayWasFound(t *testing.T) {
	s, _ := emptyServer(t, Options{})
	for _, tc := range []struct {
		ref  event.Reference
		want string
	}{
		{event.RefAddress, "the day from the date in the page&#39;s address"},
		{event.RefCapture, "the day from the day the page was captured"},
		{"", "resolved against the publication date</span>"},
	} {
		e := event.Event{ID: "e1", Type: "CONSULT", Status: event.Occurred,
			Date:     &event.Date{Start: "2025-06-10", End: "2025-06-10", Grain: event.GrainDay, Basis: event.BasisRelative, Reference: tc.ref},
			Evidence: []event.Evidence{{Source: "a.txt", Text: "They met on Tuesday."}}}
		d := eventData{Event: e, Card: newCard(&e)}
		w := newRecorder()
		s.render(w, httptestRequest("/events/e1"), "event", page{Title: d.Card.Heading, Nav: "timeline", Data: d})
		if !strings.Contains(w.Body.String(), tc.want) {
			t.Errorf("reference %q: page lacks %q", tc.ref, tc.want)
		}
	}
}
