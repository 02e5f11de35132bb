package server

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"strings"
	"testing"

	"storyline/internal/store"
)

func TestAPIEvents(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	all := decode[eventPage](t, get(t, s, "/api/events?limit=1000"))
	if all.Total == 0 || len(all.Events) != all.Total {
		t.Fatalf("events: got %d of total %d, want all of a non-empty store", len(all.Events), all.Total)
	}
	for _, e := range all.Events {
		if e.Sources < 1 || len(e.Evidence) == 0 {
			t.Errorf("event %s: sources %d, %d evidence entries; want at least one of each", e.ID, e.Sources, len(e.Evidence))
		}
	}

	pair := decode[eventPage](t, get(t, s, "/api/events?pair=JPN,USA&limit=1000"))
	if pair.Total == 0 {
		t.Fatal("no Japan–United States events in the sample")
	}
	for _, e := range pair.Events {
		if !hasCountries(e, "JPN", "USA") {
			t.Errorf("pair=JPN,USA gave event %s with countries %v", e.ID, e.Countries())
		}
	}
	same := decode[eventPage](t, get(t, s, "/api/events?pair=JPN&pair=usa&limit=1000"))
	if same.Total != pair.Total {
		t.Errorf("pair=JPN&pair=usa gave %d events, pair=JPN,USA %d", same.Total, pair.Total)
	}

	consult := decode[eventPage](t, get(t, s, "/api/events?type=consult&limit=1000"))
	for _, e := range consult.Events {
		if e.Type != "CONSULT" {
			t.Errorf("type=consult gave a %s event", e.Type)
		}
	}

	// Paging walks the same events in the same order.
	var paged []string
	for off := 0; off < all.Total; off += 2 {
		p := decode[eventPage](t, get(t, s, fmt.Sprintf("/api/events?limit=2&offset=%d", off)))
		if p.Total != all.Total || p.Limit != 2 || p.Offset != off {
			t.Fatalf("page at %d: total %d limit %d offset %d, want %d 2 %d", off, p.Total, p.Limit, p.Offset, all.Total, off)
		}
		for _, e := range p.Events {
			paged = append(paged, e.ID)
		}
	}
	if len(paged) != len(all.Events) {
		t.Fatalf("paging gave %d events, want %d", len(paged), len(all.Events))
	}
	for i, e := range all.Events {
		if paged[i] != e.ID {
			t.Fatalf("paging order differs at %d: %s, want %s", i, paged[i], e.ID)
		}
	}
	past := decode[eventPage](t, get(t, s, fmt.Sprintf("/api/events?offset=%d", all.Total+5)))
	if len(past.Events) != 0 || past.Total != all.Total {
		t.Errorf("past the end: %d events, total %d; want none and %d", len(past.Events), past.Total, all.Total)
	}
}

func TestAPIEventDetailAndArticle(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	list := decode[eventPage](t, get(t, s, "/api/events?limit=1000"))
	for _, e := range list.Events {
		d := decode[store.EventDetail](t, get(t, s, "/api/events/"+url.PathEscape(e.ID)))
		if d.Event.ID != e.ID || len(d.Reports) == 0 {
			t.Fatalf("event %s: got id %s with %d reports", e.ID, d.Event.ID, len(d.Reports))
		}
		for _, r := range d.Reports {
			for _, ev := range r.Evidence {
				w := get(t, s, "/api/articles/"+url.PathEscape(ev.ArticleID))
				if w.Code != http.StatusOK {
					t.Fatalf("article %s of event %s: status %d", ev.ArticleID, e.ID, w.Code)
				}
				a := decode[store.StoredArticle](t, w)
				if ev.Start < 0 || ev.End > len(a.Body) || ev.Start >= ev.End || a.Body[ev.Start:ev.End] != ev.Text {
					t.Errorf("evidence of event %s: offsets %d-%d do not give its text in article %s", e.ID, ev.Start, ev.End, a.ID)
				}
			}
		}
	}
}

func TestAPIActorsSearchStats(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	actors := decode[actorPage](t, get(t, s, "/api/actors"))
	if len(actors.Actors) == 0 {
		t.Fatal("no actors")
	}
	top := actors.Actors[0]
	d := decode[store.ActorDetail](t, get(t, s, "/api/actors/"+url.PathEscape(top.ID)))
	sum := 0
	for _, n := range d.ByType {
		sum += n
	}
	if d.ID != top.ID || sum != top.Events || len(d.Counterparts) == 0 {
		t.Errorf("actor %s: by_type sums to %d (events %d), %d counterparts", top.ID, sum, top.Events, len(d.Counterparts))
	}
	jp := decode[actorPage](t, get(t, s, "/api/actors?country=jpn"))
	for _, a := range jp.Actors {
		if a.Country != "JPN" {
			t.Errorf("country=jpn gave actor %s of %q", a.ID, a.Country)
		}
	}

	hits := decode[searchPage](t, get(t, s, "/api/search?q=talks"))
	if len(hits.Hits) == 0 {
		t.Error("search for talks found nothing in the sample")
	}
	for _, h := range hits.Hits {
		if !strings.Contains(h.Snippet, store.MarkStart) {
			t.Errorf("hit %s: snippet %q marks no match", h.ArticleID, h.Snippet)
		}
	}
	st := decode[store.Stats](t, get(t, s, "/api/stats"))
	if st.Articles < 6 || st.Events == 0 {
		t.Errorf("stats: %+v, want the 6 fixture articles and some events", st)
	}
}

// Every bad request is a 4xx with a JSON error that names the problem and
// no trace of the server's insides.
func TestAPIBadRequests(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	tests := []struct {
		method, target string
		status         int
		mention        string
	}{
		{"GET", "/api/events?limit=abc", 400, "limit"},
		{"GET", "/api/events?limit=0", 400, "limit"},
		{"GET", "/api/events?limit=1000000", 400, "limit"},
		{"GET", "/api/events?offset=-1", 400, "offset"},
		{"GET", "/api/events?type=MEETING", 400, "PLOVER"},
		{"GET", "/api/events?status=maybe", 400, "status"},
		{"GET", "/api/events?from=2024-13-01", 400, "YYYY-MM-DD"},
		{"GET", "/api/events?from=2024-06-01&to=2024-01-01", 400, "on or after"},
		{"GET", "/api/events?pair=JAPAN", 400, "alpha-3"},
		{"GET", "/api/events?country=J1N", 400, "alpha-3"},
		{"GET", "/api/events?mode=%3Cscript%3E", 400, "mode"},
		{"GET", "/api/events?colour=red", 400, "unknown parameter"},
		{"GET", "/api/events/no-such-event", 404, "not found"},
		{"GET", "/api/events/%01bad", 400, "id"},
		{"GET", "/api/articles/nothing", 404, "not found"},
		{"GET", "/api/actors/nobody-xyz", 404, "not found"},
		{"GET", "/api/actors?country=12", 400, "alpha-3"},
		{"GET", "/api/actors?limit=x", 400, "limit"},
		{"GET", "/api/search", 400, "missing"},
		{"GET", "/api/search?q=a&limit=500", 400, "limit"},
		{"GET", "/api/nothing-here", 404, "no such"},
		{"POST", "/api/events", 405, "not allowed"},
		{"DELETE", "/api/events/x", 405, "not allowed"},
		{"POST", "/api/ingest", 403, "disabled"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.target, func(t *testing.T) {
			w := httptest.NewRecorder()
			s.ServeHTTP(w, httptest.NewRequest(tt.method, tt.target, strings.NewReader("x")))
			if w.Code != tt.status {
				t.Fatalf("status %d, want %d; body %s", w.Code, tt.status, w.Body)
			}
			body := w.Body.String()
			e := decode[apiError](t, w)
			if e.Status != tt.status || !strings.Contains(e.Error, tt.mention) {
				t.Errorf("error %+v, want status %d mentioning %q", e, tt.status, tt.mention)
			}
			if strings.Contains(body, "goroutine") || strings.Contains(body, ".go:") {
				t.Errorf("error body shows server internals: %s", body)
			}
			if tt.status == 405 && w.Header().Get("Allow") == "" {
				t.Error("405 without an Allow header")
			}
		})
	}
}

func TestPanicIsRecovered(t *testing.T) {
	s, _ := emptyServer(t, Options{})
	s.mux.HandleFunc("GET /api/boom", func(http.ResponseWriter, *http.Request) { panic("secret detail") })
	s.mux.HandleFunc("GET /boom", func(http.ResponseWriter, *http.Request) { panic("secret detail") })
	for _, target := range []string{"/api/boom", "/boom"} {
		w := get(t, s, target)
		if w.Code != http.StatusInternalServerError {
			t.Errorf("%s: status %d, want 500", target, w.Code)
		}
		if b := w.Body.String(); strings.Contains(b, "secret") || strings.Contains(b, "goroutine") {
			t.Errorf("%s: answer leaks the panic: %s", target, b)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	for _, target := range []string{"/", "/api/events", "/static/style.css", "/no-such-page"} {
		w := get(t, s, target)
		csp := w.Header().Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", target, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP allows inline code: %q", target, csp)
		}
		if w.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("%s: no X-Content-Type-Options: nosniff", target)
		}
	}
}

func TestHealthAndMetrics(t *testing.T) {
	s, _ := newTestServer(t, Options{})
	if w := get(t, s, "/healthz"); w.Code != 200 || !strings.Contains(w.Body.String(), "ok") {
		t.Fatalf("healthz: %d %s", w.Code, w.Body)
	}
	get(t, s, "/api/events?limit=3")
	get(t, s, "/api/events?limit=bad")
	m := get(t, s, "/metrics").Body.String()
	for _, want := range []string{
		`storyline_http_requests_total{code="200",route="GET /api/events"} 1`,
		`storyline_http_requests_total{code="400",route="GET /api/events"} 1`,
		`storyline_http_request_duration_seconds_bucket{route="GET /api/events"`,
		`go_goroutines`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestIngest(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seeds/004_e35490f0937091d1.txt")
	if err != nil {
		t.Fatal(err)
	}
	s, st := emptyServer(t, Options{Token: testToken, MaxUpload: 64 << 10})
	post := func(auth, contentType string, body []byte, query string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodPost, "/api/ingest"+query, bytes.NewReader(body))
		if auth != "" {
			r.Header.Set("Authorization", auth)
		}
		if contentType != "" {
			r.Header.Set("Content-Type", contentType)
		}
		w := httptest.NewRecorder()
		s.ServeHTTP(w, r)
		return w
	}
	for _, auth := range []string{"", "Bearer wrong-token-0123456789", "Bearer " + testToken[:8], "Bearer " + testToken + "0", "Basic " + testToken, testToken} {
		if w := post(auth, "", seed, ""); w.Code != http.StatusUnauthorized {
			t.Errorf("Authorization %q: status %d, want 401", auth, w.Code)
		}
	}
	if n, _ := st.CountEvents(context.Background(), store.Filter{}); n != 0 {
		t.Fatalf("refused uploads stored %d events", n)
	}

	w := post("Bearer "+testToken, "text/plain", seed, "?name=../../etc/seed.txt")
	if w.Code != http.StatusOK {
		t.Fatalf("raw upload: status %d: %s", w.Code, w.Body)
	}
	var got struct{ Inputs []IngestResult }
	if err := json.Unmarshal(w.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Inputs) != 1 || got.Inputs[0].Articles != 1 || got.Inputs[0].Events == 0 || got.Inputs[0].Input != "upload/seed.txt" {
		t.Fatalf("raw upload stored %+v, want one article named upload/seed.txt with events", got.Inputs)
	}
	// The same capture again changes nothing.
	again := post("Bearer "+testToken, "text/plain", seed, "?name=seed.txt")
	if !strings.Contains(again.Body.String(), `"skipped":1`) {
		t.Errorf("second upload of the same capture: %s, want it skipped", again.Body)
	}

	var form bytes.Buffer
	mw := multipart.NewWriter(&form)
	fw, _ := mw.CreateFormFile("file", "other.txt")
	fw.Write(bytes.ReplaceAll(seed, []byte("July 28"), []byte("July 29")))
	mw.Close()
	if w := post("Bearer "+testToken, mw.FormDataContentType(), form.Bytes(), ""); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"input":"upload/other.txt"`) {
		t.Errorf("multipart upload: %d %s", w.Code, w.Body)
	}

	if w := post("Bearer "+testToken, "text/plain", bytes.Repeat([]byte("a "), 40<<10), ""); w.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("upload over the limit: status %d, want 413", w.Code)
	}
	if w := post("Bearer "+testToken, "text/plain", nil, ""); w.Code != http.StatusBadRequest {
		t.Errorf("empty upload: status %d, want 400", w.Code)
	}
	if w := post("Bearer "+testToken, "multipart/form-data; boundary=xyz", []byte("--xyz\r\nbroken"), ""); w.Code != http.StatusBadRequest {
		t.Errorf("broken multipart: status %d, want 400", w.Code)
	}
}
