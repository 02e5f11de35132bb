package watch

import (
	"context"
	"errors"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/nlnwa/gowarc/v3"
)

// TestFeedFormats reads an RSS 2.0 feed, an Atom feed and a news sitemap
// behind a sitemap index, fetches each article once and archives it so
// that the project's WARC reader gives the page back.
func TestFeedFormats(t *testing.T) {
	s := newSite(t)
	s.static("/rss.xml", "application/rss+xml", rss(s.url("/a/1"), s.url("/a/2")))
	s.static("/atom.xml", "application/atom+xml", atom(s.url("/b/1"), "/b/2")) // a relative link
	s.static("/news.xml", "application/xml", newsSitemap(s.url("/c/1"), s.url("/c/2")))
	s.static("/index.xml", "application/xml", sitemapIndex(s.url("/news.xml")))
	pages := []string{"/a/1", "/a/2", "/b/1", "/b/2", "/c/1", "/c/2"}
	for _, p := range pages {
		s.article(p, "Story "+p, storyText("trade "+p))
	}
	h := newHarness(t)
	w := h.watcher([]string{s.url("/rss.xml"), s.url("/atom.xml"), s.url("/index.xml")}, nil)
	st := h.round(w)
	if st.Listed != len(pages) || st.New != len(pages) || st.Fetched != len(pages) || st.Failed != 0 {
		t.Errorf("round: listed %d, new %d, fetched %d, failed %d; want %d, %d, %d, 0", st.Listed, st.New, st.Fetched, st.Failed, len(pages), len(pages), len(pages))
	}
	if st.Duration <= 0 || st.Round != 1 {
		t.Errorf("round %d took %v", st.Round, st.Duration)
	}
	if st.Feeds != 4 || st.FeedErrors != 0 {
		t.Errorf("round read %d feeds with %d errors, want 4 (the index and its sitemap) and 0", st.Feeds, st.FeedErrors)
	}
	caps := h.captures()
	for _, p := range pages {
		if n := s.count(p); n != 1 {
			t.Errorf("%s requested %d times, want 1", p, n)
		}
		c, ok := caps[s.url(p)]
		if !ok {
			t.Errorf("%s not in the archive", p)
			continue
		}
		if !strings.Contains(string(c.Body), "Story "+p) || c.FetchedAt.IsZero() {
			t.Errorf("%s archived as %q at %v", p, c.Body, c.FetchedAt)
		}
		if f := h.fetchRow(s.url(p)); f.Status != 200 || f.Attempts != 1 || f.Archive == "" {
			t.Errorf("%s recorded as %+v", p, f)
		}
	}
	if len(caps) != len(pages) {
		t.Errorf("archive holds %d pages, want %d (feeds are archived but are no pages)", len(caps), len(pages))
	}
	for ua := range s.agents {
		if !strings.HasPrefix(ua, "Storyline") || !strings.Contains(ua, "newsroom@example.org") {
			t.Errorf("User-Agent %q does not name Storyline and the contact", ua)
		}
	}
}

// TestRestartFetchesNothingAgain runs a round, then a new watcher on the
// same store and archive: feeds come back 304 and no article is asked for.
func TestRestartFetchesNothingAgain(t *testing.T) {
	s := newSite(t)
	s.static("/rss.xml", "application/rss+xml", rss(s.url("/a/1"), s.url("/a/2")))
	s.article("/a/1", "One", storyText("one"))
	s.article("/a/2", "Two", storyText("two"))
	h := newHarness(t)
	w := h.watcher([]string{s.url("/rss.xml")}, nil)
	if st := h.round(w); st.Fetched != 2 {
		t.Fatalf("first round fetched %d, want 2", st.Fetched)
	}
	w.Close()

	w2 := h.watcher([]string{s.url("/rss.xml")}, nil)
	if err := w2.Run(context.Background(), time.Hour, true, func(RoundStats) {}); err != nil {
		t.Fatal(err)
	}
	st := h.round(w2)
	if st.Fetched != 0 || st.New != 0 || st.FeedsUnchanged != 1 {
		t.Errorf("after restart: fetched %d, new %d, unchanged feeds %d; want 0, 0, 1", st.Fetched, st.New, st.FeedsUnchanged)
	}
	for _, p := range []string{"/a/1", "/a/2"} {
		if n := s.count(p); n != 1 {
			t.Errorf("%s requested %d times over three rounds, want 1", p, n)
		}
	}
	if n := s.count("/rss.xml"); n != 3 {
		t.Errorf("feed requested %d times, want 3 (one a round)", n)
	}
}

// TestRobotsDisallow never asks for what robots.txt forbids Storyline,
// and asks for the rest.
func TestRobotsDisallow(t *testing.T) {
	s := newSite(t)
	s.static("/robots.txt", "text/plain", "User-agent: *\nDisallow: /nobody/\n\nUser-agent: Storyline\nDisallow: /private/\n")
	s.static("/rss.xml", "application/rss+xml", rss(s.url("/private/1"), s.url("/public/1")))
	s.article("/private/1", "Secret", storyText("secret"))
	s.article("/public/1", "Open", storyText("open"))
	h := newHarness(t)
	w := h.watcher([]string{s.url("/rss.xml")}, nil)
	st := h.round(w)
	if s.count("/private/1") != 0 || s.count("/public/1") != 1 {
		t.Errorf("requests: private %d, public %d; want 0 and 1", s.count("/private/1"), s.count("/public/1"))
	}
	if st.Fetched != 1 || st.Failed != 1 {
		t.Errorf("fetched %d, failed %d; want 1 and 1", st.Fetched, st.Failed)
	}
	if f := h.fetchRow(s.url("/private/1")); !strings.Contains(f.Error, ErrDisallowed.Error()) {
		t.Errorf("disallowed page recorded as %+v", f)
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt read %d times in one round, want 1", n)
	}
}

// TestSlowHost gives up on a host that does not answer in time and goes on
// with the others; the page is tried again next round.
func TestSlowHost(t *testing.T) {
	slow, fast := newSite(t), newSite(t)
	release := make(chan struct{})
	defer close(release)
	slow.handle("/stuck", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	fast.static("/rss.xml", "application/rss+xml", rss(slow.url("/stuck"), fast.url("/ok")))
	fast.article("/ok", "Fine", storyText("fine"))
	h := newHarness(t)
	w := h.watcher([]string{fast.url("/rss.xml")}, func(o *Options) { o.Timeout = 300 * time.Millisecond })
	st := h.round(w)
	if st.Fetched != 1 || st.Failed != 1 {
		t.Errorf("fetched %d, failed %d; want 1 and 1", st.Fetched, st.Failed)
	}
	f := h.fetchRow(slow.url("/stuck"))
	if f.Status != 0 || f.Attempts != 1 || !strings.Contains(f.Error, "deadline") && !strings.Contains(f.Error, "timeout") {
		t.Errorf("slow page recorded as %+v, want no status, one attempt, a timeout", f)
	}
	h.round(w)
	if n := slow.count("/stuck"); n != 2 {
		t.Errorf("slow page asked %d times over two rounds, want 2 (a timeout is tried again)", n)
	}
}

// TestErrorStatuses: a 404 is final, a 500 is tried again up to
// MaxAttempts rounds.
func TestErrorStatuses(t *testing.T) {
	s := newSite(t)
	s.handle("/broken", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) })
	s.static("/rss.xml", "application/rss+xml", rss(s.url("/gone"), s.url("/broken")))
	h := newHarness(t)
	w := h.watcher([]string{s.url("/rss.xml")}, func(o *Options) { o.MaxAttempts = 2 })
	for range 4 {
		h.round(w)
	}
	if n := s.count("/gone"); n != 1 {
		t.Errorf("404 page asked %d times, want 1", n)
	}
	if n := s.count("/broken"); n != 2 {
		t.Errorf("500 page asked %d times, want 2 (MaxAttempts)", n)
	}
	if f := h.fetchRow(s.url("/gone")); f.Status != 404 {
		t.Errorf("404 page recorded as %+v", f)
	}
	if f := h.fetchRow(s.url("/broken")); f.Status != 500 || f.Attempts != 2 {
		t.Errorf("500 page recorded as %+v", f)
	}
	if len(h.captures()) != 0 {
		t.Error("error pages were taken as articles")
	}
}

// TestRedirects follows a redirect to the page and stops a loop.
func TestRedirects(t *testing.T) {
	s := newSite(t)
	s.handle("/loop/a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/b", http.StatusFound) })
	s.handle("/loop/b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop/a", http.StatusFound) })
	s.handle("/moved", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/here", http.StatusMovedPermanently)
	})
	s.article("/here", "Here", storyText("here"))
	s.static("/rss.xml", "application/rss+xml", rss(s.url("/loop/a"), s.url("/moved")))
	h := newHarness(t)
	w := h.watcher([]string{s.url("/rss.xml")}, func(o *Options) { o.MaxRedirects = 4 })
	st := h.round(w)
	if st.Fetched != 1 || st.Failed != 1 {
		t.Errorf("fetched %d, failed %d; want 1 and 1", st.Fetched, st.Failed)
	}
	if n := s.count("/loop/a") + s.count("/loop/b"); n != 5 {
		t.Errorf("loop asked %d times, want 5 (the address and 4 redirects)", n)
	}
	if f := h.fetchRow(s.url("/loop/a")); !strings.Contains(f.Error, ErrTooRedirects.Error()) {
		t.Errorf("loop recorded as %+v", f)
	}
	h.round(w)
	if n := s.count("/loop/a") + s.count("/loop/b"); n != 5 {
		t.Errorf("loop asked again in the next round (%d requests)", n)
	}
	if _, ok := h.captures()[s.url("/here")]; !ok {
		t.Error("the page a redirect leads to is not archived under its own address")
	}
}

// TestLargePage drops a 50 MB page without holding it in memory.
func TestLargePage(t *testing.T) {
	s := newSite(t)
	chunk := []byte(strings.Repeat("<p>word word word word</p>\n", 1<<10))
	const size = 50 << 20
	s.handle("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		for sent := 0; sent < size; sent += len(chunk) {
			if _, err := w.Write(chunk); err != nil {
				return // the client hung up
			}
		}
	})
	s.article("/small", "Small", storyText("small"))
	s.static("/rss.xml", "application/rss+xml", rss(s.url("/huge"), s.url("/small")))
	h := newHarness(t)
	w := h.watcher([]string{s.url("/rss.xml")}, func(o *Options) { o.MaxBytes = 1 << 20 })
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	st := h.round(w)
	runtime.ReadMemStats(&after)
	if st.Fetched != 1 || st.Failed != 1 {
		t.Errorf("fetched %d, failed %d; want 1 and 1", st.Fetched, st.Failed)
	}
	f := h.fetchRow(s.url("/huge"))
	if !strings.Contains(f.Error, ErrTooLarge.Error()) || f.Status != 200 {
		t.Errorf("huge page recorded as %+v", f)
	}
	t.Logf("a round with a 50 MB page (limit 1 MiB) allocated %.1f MiB in all", float64(after.TotalAlloc-before.TotalAlloc)/(1<<20))
	if got := after.TotalAlloc - before.TotalAlloc; got > 24<<20 {
		t.Errorf("a round with a 50 MB page allocated %d MB in all, want under 24", got>>20)
	}
	h.round(w)
	if n := s.count("/huge"); n != 1 {
		t.Errorf("huge page asked %d times over two rounds, want 1", n)
	}
}

// TestRepeatsAndOneHostAtATime: an article a feed lists twice (and once
// more with a fragment) is fetched once, and one host never has two
// requests at once however many hosts run in parallel.
func TestRepeatsAndOneHostAtATime(t *testing.T) {
	s := newSite(t)
	var links []string
	for _, p := range []string{"/a", "/b", "/c", "/d", "/e"} {
		s.article(p, "Page "+p, storyText(p))
		links = append(links, s.url(p))
	}
	links = append(links, s.url("/a"), s.url("/a#comments"))
	s.static("/rss.xml", "application/rss+xml", rss(links...))
	s.static("/atom.xml", "application/atom+xml", atom(s.url("/b"), s.url("/c")))
	feeds := []string{s.url("/rss.xml"), s.url("/atom.xml")}
	for _, p := range []string{"/f1", "/f2", "/f3", "/f4", "/f5", "/f6"} {
		// Slow feeds on one host, which the watcher reads in parallel
		// with other hosts' but must ask one at a time.
		s.handle(p, func(w http.ResponseWriter, r *http.Request) {
			time.Sleep(20 * time.Millisecond)
			io.WriteString(w, rss(s.url("/a")))
		})
		feeds = append(feeds, s.url(p))
	}
	h := newHarness(t)
	w := h.watcher(feeds, func(o *Options) { o.Hosts = 8 })
	st := h.round(w)
	if st.Listed != 5 || st.Fetched != 5 {
		t.Errorf("listed %d, fetched %d; want 5 and 5", st.Listed, st.Fetched)
	}
	if n := s.count("/a"); n != 1 {
		t.Errorf("/a asked %d times, want 1", n)
	}
	if s.maxInflight != 1 {
		t.Errorf("%d requests at once to one host, want 1", s.maxInflight)
	}
}

// TestArchiveRotation starts a new file past the size limit and when the
// hour changes, and a round ends its file.
func TestArchiveRotation(t *testing.T) {
	dir := t.TempDir()
	a, err := newArchive(dir, 4<<10, "Storyline test")
	if err != nil {
		t.Fatal(err)
	}
	defer a.close()
	body := []byte(strings.Repeat("x", 3<<10))
	at := time.Date(2026, 12, 4, 10, 59, 0, 0, time.UTC)
	write := func(at time.Time, n int) {
		for i := range n {
			req, _ := http.NewRequest("GET", "http://example.org/"+string(rune('a'+i)), nil)
			resp := &http.Response{StatusCode: 200, Status: "200 OK", Header: http.Header{"Content-Type": {"text/html"}}}
			if _, err := a.write(exchange{At: at, Req: req, Resp: resp, Body: body}); err != nil {
				t.Fatal(err)
			}
		}
	}
	write(at, 1)
	write(at.Add(2*time.Minute), 1) // the next hour
	files, _, err := a.rotate()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 2 {
		t.Errorf("two writes in two hours made %d files, want 2", len(files))
	}
	write(at, 6) // past 4 KiB (compressed x's are small, the records are not)
	more, n, err := a.rotate()
	if err != nil || n != int64(6*len(body)) {
		t.Fatalf("rotate: %v, %d bytes", err, n)
	}
	if len(more) < 2 {
		t.Errorf("six exchanges of 3 KiB with a 4 KiB limit made %d files, want at least 2", len(more))
	}
	for _, f := range append(files, more...) {
		if !strings.HasSuffix(f, archiveSuffix) {
			t.Errorf("archive file %s does not end in %s", f, archiveSuffix)
		}
		checkWARC(t, f)
	}
	if open, _ := filepath.Glob(filepath.Join(dir, "*.open")); len(open) != 0 {
		t.Errorf("files left open: %v", open)
	}
}

// TestOptions refuses to run without a way to reach the user.
func TestOptions(t *testing.T) {
	for _, c := range []string{"", "me", "me (at) example.org", "a@b\r\nX: y"} {
		_, err := New(Options{Feeds: []string{"http://x/"}, Archive: t.TempDir(), Contact: c, Ingest: func(context.Context, []string) error { return nil }}, nil)
		if err == nil {
			t.Errorf("contact %q accepted", c)
		}
	}
}

func TestReadFeedList(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	os.WriteFile(good, []byte("# news\nhttps://a.example/rss\n\n  https://b.example/sitemap.xml \nhttps://a.example/rss\n"), 0o644)
	got, err := ReadFeedList(good)
	if err != nil || len(got) != 2 || got[1] != "https://b.example/sitemap.xml" {
		t.Errorf("ReadFeedList = %q, %v", got, err)
	}
	bad := filepath.Join(dir, "bad")
	os.WriteFile(bad, []byte("https://a.example/rss\nftp://x/feed\n"), 0o644)
	if _, err := ReadFeedList(bad); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad list: %v, want an error naming line 2", err)
	}
	if _, err := ReadFeedList(filepath.Join(dir, "none")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing list: %v", err)
	}
}

// checkWARC reads a file back with gowarc, validating every record (block
// digests, lengths, required fields): warcinfo first, then request and
// response pairs.
func checkWARC(t testing.TB, name string) {
	t.Helper()
	r, err := gowarc.NewWarcFileReader(name, 0, gowarc.WithStrictValidation())
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var types []string
	for rec, err := range r.Records() {
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if len(rec.Validation) > 0 {
			t.Errorf("%s at %d: %v", name, rec.Offset, rec.Validation)
		}
		types = append(types, rec.WarcRecord.Type().String())
		rec.Close()
	}
	if len(types) < 3 || types[0] != "warcinfo" || len(types)%2 != 1 {
		t.Errorf("%s holds records %v, want warcinfo then request/response pairs", name, types)
	}
	for i := 1; i+1 < len(types); i += 2 {
		if types[i] != "request" || types[i+1] != "response" {
			t.Errorf("%s: records %d and %d are %s and %s", name, i, i+1, types[i], types[i+1])
		}
	}
}

// TestArchiveFailureStopsRound: when the archive cannot be written the
// round stops with an error and no fetch counts as an attempt; the next
// round, with the archive back, fetches the pages.
func TestArchiveFailureStopsRound(t *testing.T) {
	s := newSite(t)
	s.article("/a", "A", storyText("a"))
	s.static("/rss.xml", "application/rss+xml", rss(s.url("/a")))
	h := newHarness(t)
	w := h.watcher([]string{s.url("/rss.xml")}, nil)
	// A file where the folder should be: no file can be made in it, even
	// by root.
	if err := os.RemoveAll(h.archive); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(h.archive, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Round(context.Background()); err == nil || !strings.Contains(err.Error(), "archive") {
		t.Fatalf("round with no archive: %v, want an archive error", err)
	}
	os.Remove(h.archive)
	os.MkdirAll(h.archive, 0o755)
	if st := h.round(w); st.Fetched != 1 {
		t.Errorf("round with the archive back fetched %d, want 1", st.Fetched)
	}
	if f := h.fetchRow(s.url("/a")); f.Attempts != 1 || f.Status != 200 {
		t.Errorf("page recorded as %+v, want one attempt", f)
	}
}
