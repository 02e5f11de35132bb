package watch

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"storyline/internal/capture"
	"storyline/internal/store"
)

// site is a test web server that counts the requests to each path and
// the requests in flight at once.
type site struct {
	srv *httptest.Server

	mu          sync.Mutex
	routes      map[string]http.HandlerFunc
	hits        map[string]int
	agents      map[string]bool
	inflight    int
	maxInflight int
}

func newSite(t testing.TB) *site {
	s := &site{routes: map[string]http.HandlerFunc{}, hits: map[string]int{}, agents: map[string]bool{}}
	s.srv = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.hits[r.URL.Path]++
	s.agents[r.UserAgent()] = true
	s.inflight++
	s.maxInflight = max(s.maxInflight, s.inflight)
	h := s.routes[r.URL.Path]
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		s.inflight--
		s.mu.Unlock()
	}()
	if h == nil {
		http.NotFound(w, r)
		return
	}
	h(w, r)
}

func (s *site) handle(path string, h http.HandlerFunc) {
	s.mu.Lock()
	s.routes[path] = h
	s.mu.Unlock()
}

func (s *site) url(path string) string { return s.srv.URL + path }

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// static serves body with an ETag, answering 304 to a request that has it.
func (s *site) static(path, contentType, body string) {
	etag := fmt.Sprintf(`"%x"`, len(body)*31+len(path))
	s.handle(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", "Fri, 04 Dec 2026 10:00:00 GMT")
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", contentType)
		io.WriteString(w, body)
	})
}

// article serves an HTML news page made of text.
func (s *site) article(path, title, text string) {
	s.static(path, "text/html; charset=utf-8", "<!doctype html><html><head><title>"+title+
		"</title></head><body><article><h1>"+title+"</h1><p>"+text+"</p></article></body></html>")
}

// storyText is a few paragraphs of news prose about topic.
func storyText(topic string) string {
	var b strings.Builder
	for i := range 6 {
		fmt.Fprintf(&b, "The talks on %s went into a %s day on Thursday, officials said, as delegations from both sides met in the capital. ", topic, []string{"first", "second", "third", "fourth", "fifth", "sixth"}[i])
		fmt.Fprintf(&b, "Negotiators described the session on %s as constructive and said a further round would follow next month. ", topic)
	}
	return b.String()
}

func rss(items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title><link>http://example.org/</link><description>d</description>`)
	for _, it := range items {
		fmt.Fprintf(&b, "<item><title>t</title><link>%s</link><pubDate>Fri, 04 Dec 2026 09:00:00 GMT</pubDate></item>", it)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

func atom(items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:x</id><updated>2026-12-04T09:00:00Z</updated>`)
	for i, it := range items {
		fmt.Fprintf(&b, `<entry><title>t</title><id>urn:x:%d</id><updated>2026-12-04T09:00:00Z</updated><link rel="alternate" href="%s"/></entry>`, i, it)
	}
	b.WriteString("</feed>")
	return b.String()
}

func newsSitemap(items ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">`)
	for _, it := range items {
		fmt.Fprintf(&b, `<url><loc>%s</loc><news:news><news:publication><news:name>N</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-12-04T09:00:00Z</news:publication_date><news:title>t</news:title></news:news><image:image><image:loc>%s.jpg</image:loc></image:image></url>`, it, it)
	}
	b.WriteString("</urlset>")
	return b.String()
}

func sitemapIndex(maps ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`)
	for _, m := range maps {
		fmt.Fprintf(&b, "<sitemap><loc>%s</loc></sitemap>", m)
	}
	b.WriteString("</sitemapindex>")
	return b.String()
}

// harness is a store, an archive folder and a record of what was ingested.
type harness struct {
	t       testing.TB
	st      *store.Store
	archive string
	mu      sync.Mutex
	files   []string
}

func newHarness(t testing.TB) *harness {
	t.Helper()
	dir := t.TempDir()
	st, err := store.Open(context.Background(), "sqlite:"+filepath.Join(dir, "watch.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return &harness{t: t, st: st, archive: filepath.Join(dir, "archive")}
}

// watcher makes a Watcher over feeds with quick test settings; change
// adjusts the options.
func (h *harness) watcher(feeds []string, change func(*Options)) *Watcher {
	h.t.Helper()
	opts := Options{
		Feeds: feeds, Archive: h.archive, Contact: "newsroom@example.org",
		Delay: time.Millisecond, Timeout: 5 * time.Second,
		Ingest: func(_ context.Context, files []string) error {
			h.mu.Lock()
			h.files = append(h.files, files...)
			h.mu.Unlock()
			return nil
		},
	}
	if change != nil {
		change(&opts)
	}
	w, err := New(opts, h.st)
	if err != nil {
		h.t.Fatal(err)
	}
	h.t.Cleanup(func() { w.Close() })
	return w
}

func (h *harness) round(w *Watcher) RoundStats {
	h.t.Helper()
	st, err := w.Round(context.Background())
	if err != nil {
		h.t.Fatalf("round %d: %v", st.Round, err)
	}
	return st
}

// captures reads back, with the project's own WARC reader, the pages of
// every file handed to ingest, by address.
func (h *harness) captures() map[string]capture.Capture {
	h.t.Helper()
	h.mu.Lock()
	files := append([]string(nil), h.files...)
	h.mu.Unlock()
	for _, f := range files {
		checkWARC(h.t, f)
	}
	out := map[string]capture.Capture{}
	r := capture.Open(context.Background(), files)
	defer r.Close()
	for {
		c, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			h.t.Fatalf("read archive: %v", err)
		}
		if _, dup := out[c.URI]; dup {
			h.t.Errorf("page %s archived twice", c.URI)
		}
		out[c.URI] = c
	}
}

func (h *harness) fetchRow(url string) store.Fetch {
	h.t.Helper()
	m, err := h.st.Fetches(context.Background(), []string{url})
	if err != nil {
		h.t.Fatal(err)
	}
	f, ok := m[url]
	if !ok {
		h.t.Fatalf("no fetch row for %s", url)
	}
	return f
}
