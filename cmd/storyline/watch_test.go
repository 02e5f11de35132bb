package main

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"storyline/internal/store"
)

// newsHost is a test news site: an RSS feed listing one article.
type newsHost struct {
	srv  *httptest.Server
	mu   sync.Mutex
	hits map[string]int
}

func newNewsHost(t *testing.T, outlet, text string) *newsHost {
	h := &newsHost{hits: map[string]int{}}
	var paras strings.Builder
	for p := range strings.SplitSeq(strings.TrimSpace(text), "\n") {
		if p = strings.TrimSpace(p); p != "" {
			paras.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
	}
	page := "<!doctype html><html><head><title>Talks | " + outlet + "</title></head><body><nav><a href=/>" + outlet +
		"</a> <a href=/world>World</a></nav><article><h1>Talks in Tokyo</h1>" + paras.String() +
		"</article><footer>© " + outlet + "</footer></body></html>"
	h.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h.mu.Lock()
		h.hits[r.URL.Path]++
		h.mu.Unlock()
		switch r.URL.Path {
		case "/rss.xml":
			w.Header().Set("ETag", `"feed-1"`)
			if r.Header.Get("If-None-Match") == `"feed-1"` {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><link>%s/</link><description>d</description>`+
				`<item><title>Talks in Tokyo</title><link>%s/world/talks</link></item></channel></rss>`, outlet, h.srv.URL, h.srv.URL)
		case "/world/talks":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(page))
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(h.srv.Close)
	return h
}

func (h *newsHost) count(path string) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.hits[path]
}

// TestWatchSyndicatedCopy: one story syndicated on two hosts is fetched
// from both, stored once as an article and once as its duplicate, and a
// second run fetches no article again.
func TestWatchSyndicatedCopy(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seeds/000_1128083cad2ed8aa.txt")
	if err != nil {
		t.Fatalf("seed capture: %v", err)
	}
	a, b := newNewsHost(t, "Daily A", string(seed)), newNewsHost(t, "Wire B", string(seed))
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte("# two outlets\n"+a.srv.URL+"/rss.xml\n"+b.srv.URL+"/rss.xml\n"), 0o644)
	db := "sqlite:" + filepath.Join(dir, "watch.db")
	args := []string{"--feeds", feeds, "--db", db, "--archive", filepath.Join(dir, "archive"),
		"--contact", "desk@example.org", "--delay", "1ms", "--once"}
	ctx := context.Background()
	if err := runWatch(ctx, args); err != nil {
		t.Fatalf("first watch: %v", err)
	}
	stats := func() store.Stats {
		t.Helper()
		s, err := store.OpenExisting(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		st, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return st
	}
	first := stats()
	if first.Articles != 2 || first.Duplicates != 1 || first.InputsFailed != 0 {
		t.Errorf("after the first round: %d articles, %d duplicates, %d failed inputs; want 2, 1, 0", first.Articles, first.Duplicates, first.InputsFailed)
	}
	if first.Events == 0 {
		t.Error("the story gave no event")
	}
	if err := runWatch(ctx, args); err != nil {
		t.Fatalf("second watch: %v", err)
	}
	second := stats()
	if second.Articles != first.Articles || second.Events != first.Events {
		t.Errorf("second run changed the store: %+v, then %+v", first, second)
	}
	for _, h := range []*newsHost{a, b} {
		if n := h.count("/world/talks"); n != 1 {
			t.Errorf("%s: article asked %d times over two runs, want 1", h.srv.URL, n)
		}
		if n := h.count("/rss.xml"); n != 2 {
			t.Errorf("%s: feed asked %d times over two runs, want 2", h.srv.URL, n)
		}
	}
	files, _ := filepath.Glob(filepath.Join(dir, "archive", "*.warc.gz"))
	if len(files) != 2 {
		t.Errorf("%d archive files after two rounds, want 2: %v", len(files), files)
	}
}

func TestWatchFlags(t *testing.T) {
	dir := t.TempDir()
	feeds := filepath.Join(dir, "feeds.txt")
	os.WriteFile(feeds, []byte("http://127.0.0.1:1/rss.xml\n"), 0o644)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--feeds", feeds, "--db", "sqlite:" + filepath.Join(dir, "x.db"), "--archive", dir, "--once"}, "contact"},
		{[]string{"--feeds", feeds, "--contact", "a@b.example", "--every", "10s"}, "--every"},
		{[]string{"--feeds", filepath.Join(dir, "missing.txt"), "--contact", "a@b.example", "--once"}, "missing.txt"},
	} {
		err := runWatch(context.Background(), tc.args)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("watch %q: %v, want an error about %s", tc.args, err, tc.want)
		}
	}
}
