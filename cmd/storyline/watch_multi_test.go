package main

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"storyline/internal/store"
	"storyline/internal/store/storetest"
)

// gate holds back the answers to article requests until every feed was
// asked for (or a while has passed), so that watchers started together
// are all between reading their feeds and storing their fetches at once.
type gate struct {
	mu    sync.Mutex
	want  int
	feeds int
	open  chan struct{}
}

func newGate(feeds int) *gate { return &gate{want: feeds, open: make(chan struct{})} }

// reset closes the gate for the next run.
func (g *gate) reset() {
	g.mu.Lock()
	g.feeds, g.open = 0, make(chan struct{})
	g.mu.Unlock()
}

func (g *gate) feedRead() {
	g.mu.Lock()
	if g.feeds++; g.feeds == g.want {
		close(g.open)
	}
	g.mu.Unlock()
}

func (g *gate) wait() {
	g.mu.Lock()
	open := g.open
	g.mu.Unlock()
	select {
	case <-open:
	case <-time.After(5 * time.Second):
	}
}

// site is a test news site: fixed pages by path, counting requests.
type site struct {
	srv   *httptest.Server
	gate  *gate
	mu    sync.Mutex
	pages map[string][2]string // path → content type, body
	hits  map[string]int
}

func newSite(t *testing.T, g *gate) *site {
	s := &site{gate: g, pages: map[string][2]string{}, hits: map[string]int{}}
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		p, ok := s.pages[r.URL.Path]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		if strings.HasPrefix(p[0], "text/html") {
			s.gate.wait()
		} else {
			s.gate.feedRead()
		}
		w.Header().Set("Content-Type", p[0])
		w.Write([]byte(p[1]))
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *site) url(path string) string { return s.srv.URL + path }

func (s *site) add(path, contentType, body string) {
	s.mu.Lock()
	s.pages[path] = [2]string{contentType, body}
	s.mu.Unlock()
}

// article serves a news page of text dated published.
func (s *site) article(path, outlet, published, text string) {
	var paras strings.Builder
	title := ""
	for p := range strings.SplitSeq(strings.TrimSpace(text), "\n") {
		if p = strings.TrimSpace(p); len(p) > 40 {
			title = cmpOr(title, p)
			paras.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
	}
	s.add(path, "text/html; charset=utf-8", "<!doctype html><html><head><title>"+html.EscapeString(title)+" | "+outlet+
		"</title><meta property=\"article:published_time\" content=\""+published+"\"></head><body><nav><a href=/>"+outlet+
		"</a></nav><article><h1>"+html.EscapeString(title)+"</h1>"+paras.String()+"</article><footer>© "+outlet+"</footer></body></html>")
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// takeHits returns the requests made since the last call, by path.
func (s *site) takeHits() map[string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	h := s.hits
	s.hits = map[string]int{}
	return h
}

func rss(links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><link>http://x/</link><description>d</description>`)
	for _, l := range links {
		fmt.Fprintf(&b, "<item><title>Story</title><link>%s</link></item>", html.EscapeString(l))
	}
	return b.String() + "</channel></rss>"
}

func atom(links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id><updated>2021-03-02T00:00:00Z</updated>`)
	for i, l := range links {
		fmt.Fprintf(&b, `<entry><title>Story %d</title><id>urn:wire:%d</id><updated>2021-03-02T00:00:00Z</updated><link href="%s"/></entry>`, i, i, html.EscapeString(l))
	}
	return b.String() + "</feed>"
}

func newsSitemap(links ...string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">`)
	for _, l := range links {
		fmt.Fprintf(&b, `<url><loc>%s</loc><news:news><news:publication><news:name>Courier</news:name><news:language>en</news:language></news:publication><news:publication_date>2021-03-02</news:publication_date><news:title>Story</news:title></news:news></url>`, html.EscapeString(l))
	}
	return b.String() + "</urlset>"
}

// warcFolder writes a folder of two WARC files of news pages, as a crawl
// made elsewhere would leave.
func warcFolder(t *testing.T, pages [][2]string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "crawl")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	var files [2]bytes.Buffer
	for i, p := range pages {
		var paras []string
		for line := range strings.SplitSeq(p[1], "\n") {
			if len(strings.TrimSpace(line)) > 40 {
				paras = append(paras, "<p>"+html.EscapeString(strings.TrimSpace(line))+"</p>")
			}
		}
		page := "<html><head><title>Crawled page " + fmt.Sprint(i) + "</title><meta property=\"article:published_time\" content=\"2021-03-03\"></head><body><article>" +
			strings.Join(paras, "\n") + "</article></body></html>"
		http := "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page
		fmt.Fprintf(&files[i%2], "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n"+
			"WARC-Date: 2021-03-03T08:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n",
			p[0], len(http), http)
	}
	for i := range files {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("crawl-%d.warc", i)), files[i].Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestWatchersAndIngestShareAStore runs, as real processes on one store,
// two `watch --once` with disjoint feed lists and one `ingest` of a WARC
// folder, all at once, and checks that the store ends as one process doing
// the same work alone: byte for byte as one `ingest` of the captures they
// archived and read, and as one `watch` of both feed lists followed by the
// ingest in all but where each capture was read from (Store.DumpContent:
// ids, duplicate links, reports and event records included). Every article
// is fetched once, although both lists' hosts list one of them.
func TestWatchersAndIngestShareAStore(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary; not in -short mode")
	}
	text := seedTexts(t)
	// Built with the race detector when the test is: the processes are
	// where the concurrency is.
	bin := filepath.Join(t.TempDir(), "storyline")
	build := exec.Command("go", "build", "-o", bin, ".")
	if raceBuild {
		build = exec.Command("go", "build", "-race", "-o", bin, ".")
	}
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build storyline: %v\n%s", err, out)
	}

	// Feed list 1: an RSS feed of site A and a news sitemap of site C.
	// Feed list 2: an Atom feed of site B, which carries a copy of A's
	// first story the same day and links C's story too.
	g := newGate(3)
	a, b, c := newSite(t, g), newSite(t, g), newSite(t, g)
	a.article("/world/1", "Daily A", "2021-03-02", text[0])
	a.article("/world/2", "Daily A", "2021-03-01", text[1])
	b.article("/wire/1", "Wire B", "2021-03-02", text[0])
	b.article("/wire/2", "Wire B", "2021-03-02", text[2])
	c.article("/news/1", "Courier C", "2021-03-02", text[3])
	a.add("/rss.xml", "application/rss+xml", rss(a.url("/world/1"), a.url("/world/2")))
	b.add("/atom.xml", "application/atom+xml", atom(b.url("/wire/1"), b.url("/wire/2"), c.url("/news/1")))
	c.add("/sitemap.xml", "application/xml", newsSitemap(c.url("/news/1")))
	sites := []*site{a, b, c}
	dir := t.TempDir()
	writeList := func(name string, feeds ...string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(strings.Join(feeds, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	list1 := writeList("feeds1.txt", a.url("/rss.xml"), c.url("/sitemap.xml"))
	list2 := writeList("feeds2.txt", b.url("/atom.xml"))
	listAll := writeList("feeds.txt", a.url("/rss.xml"), c.url("/sitemap.xml"), b.url("/atom.xml"))
	// The crawl holds another story and copies, a day later, of the
	// watched ones, some edited.
	edited := "\nThis report was filed by a correspondent from the regional desk of the paper.\n"
	crawl := warcFolder(t, [][2]string{
		{"https://crawl.example/1", text[4]},
		{"https://crawl.example/2", text[1] + edited},
		{"https://crawl.example/3", text[0]},
		{"https://crawl.example/4", text[2] + edited},
		{"https://crawl.example/5", text[3]},
		{"https://crawl.example/6", text[4] + edited},
	})

	// start starts a process in folder dir ("": this one).
	start := func(t *testing.T, dir string, args ...string) *ingestRun {
		t.Helper()
		r := &ingestRun{cmd: exec.Command(bin, args...)}
		r.cmd.Dir = dir
		r.cmd.Stderr = &r.stderr
		if err := r.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return r
	}
	// Each watch runs in a folder of its own, as on a machine of its
	// own, with an archive folder named relative to it.
	machine := func(t *testing.T, name string) string {
		dir := filepath.Join(t.TempDir(), name)
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		return dir
	}
	watchArgs := func(db, feeds, archive string) []string {
		return []string{"watch", "--once", "--db", db, "--feeds", feeds, "--archive", archive,
			"--contact", "desk@example.org", "--delay", "1ms", "--timeout", "20s"}
	}
	finish := func(t *testing.T, what string, r *ingestRun) {
		t.Helper()
		if err := r.cmd.Wait(); err != nil {
			t.Fatalf("%s: %v\n%s", what, err, r.stderr.String())
		}
		t.Logf("%s:\n%s", what, r.stderr.String())
	}
	// fetchedOnce checks that every page and feed was asked for once.
	fetchedOnce := func(t *testing.T, what string) {
		t.Helper()
		for _, s := range sites {
			hits := s.takeHits()
			for path := range s.pages {
				if hits[path] != 1 {
					t.Errorf("%s: %s%s asked %d times, want 1", what, s.srv.URL, path, hits[path])
				}
			}
		}
	}

	for _, engine := range storetest.Engines {
		t.Run(engine, func(t *testing.T) {
			for _, s := range sites {
				s.takeHits()
			}
			g.reset()
			url := storetest.URL(t, engine)
			w1 := start(t, machine(t, "one"), watchArgs(url, list1, "archive")...)
			w2 := start(t, machine(t, "two"), watchArgs(url, list2, "archive")...)
			in := start(t, "", "ingest", "--db", url, "--progress", "none", "--batch", "1", crawl)
			finish(t, "first watch", w1)
			finish(t, "second watch", w2)
			finish(t, "ingest", in)
			fetchedOnce(t, "two watches")
			// Every article fetched once, recorded once, no claim left.
			if n := fetchRows(t, url, `feed = false AND status = 200 AND attempts = 1 AND claimed_by = ''`); n != 5 {
				t.Errorf("%d articles recorded as fetched once and released, want 5", n)
			}
			got := dumpStore(t, url)
			if n := strings.Count(got, "\nevent\t"); n < 3 {
				t.Fatalf("the shared store holds %d events, want several:\n%s", n, got)
			}

			// One ingest of every input the three processes stored.
			inputs := storeInputs(t, url)
			if len(inputs) != 4 {
				t.Errorf("inputs %q: want two crawl files and one archive file of each watch", inputs)
			}
			for _, p := range inputs {
				if !filepath.IsAbs(p) {
					t.Errorf("input %s is not named absolutely: a process elsewhere cannot read it", p)
				}
			}
			list := filepath.Join(t.TempDir(), "inputs")
			os.WriteFile(list, []byte(strings.Join(inputs, "\n")+"\n"), 0o644)
			oneURL := storetest.URL(t, engine)
			finish(t, "one ingest", start(t, "", "ingest", "--db", oneURL, "--progress", "none", "--inputs-from", list))
			compareDumps(t, "one ingest of the same captures", dumpStore(t, oneURL), got)

			// One watch of both lists, then the ingest of the crawl.
			aloneURL := storetest.URL(t, engine)
			g.reset()
			finish(t, "one watch", start(t, machine(t, "alone"), watchArgs(aloneURL, listAll, "archive")...))
			fetchedOnce(t, "one watch")
			finish(t, "ingest after it", start(t, "", "ingest", "--db", aloneURL, "--progress", "none", crawl))
			compareDumps(t, "one watch, then the ingest", contentDump(t, aloneURL), contentDump(t, url))
		})
	}
}

// fetchRows counts the rows of watch_fetches where a condition holds.
func fetchRows(t *testing.T, dbURL, where string) int {
	t.Helper()
	s, err := store.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var n int
	if err := s.DB().QueryRow(`SELECT count(*) FROM watch_fetches WHERE ` + where).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// storeInputs lists the inputs of a store.
func storeInputs(t *testing.T, dbURL string) []string {
	t.Helper()
	s, err := store.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.DB().Query(`SELECT path FROM inputs`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var p string
		rows.Scan(&p)
		out = append(out, p)
	}
	slices.Sort(out)
	return out
}

// contentDump is the store's canonical dump without the captures'
// provenance (Store.DumpContent): the same for the same captures whichever
// processes read them from whichever archive files.
func contentDump(t *testing.T, dbURL string) string {
	t.Helper()
	s, err := store.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var b bytes.Buffer
	if err := s.DumpContent(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// raceBuild is set when the test is built with -race (race_test.go).
var raceBuild bool
