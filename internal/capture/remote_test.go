package capture

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// archiveServer serves one file with http.ServeContent (byte ranges,
// If-Range, ETag) and misbehaves on purpose, response by response.
type archiveServer struct {
	data        []byte
	cuts        []int    // response i stops after cuts[i] body bytes (-1: whole)
	status      []int    // response i answers with this status instead (0: normal)
	etags       []string // response i carries this ETag (the last one repeats)
	ignoreRange bool     // answer every request with the whole file
	alwaysRange bool     // answer every request with a range (206), asked or not
	stall       bool     // response 0 stops sending but keeps the connection
	mu          sync.Mutex
	ranges      []string // the Range header of each request, "" for none
}

func (s *archiveServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	i := len(s.ranges)
	s.ranges = append(s.ranges, r.Header.Get("Range"))
	s.mu.Unlock()
	if i < len(s.status) && s.status[i] != 0 {
		http.Error(w, http.StatusText(s.status[i]), s.status[i])
		return
	}
	if s.ignoreRange {
		r.Header.Del("Range")
	}
	if s.alwaysRange && r.Header.Get("Range") == "" {
		r.Header.Set("Range", "bytes=0-")
	}
	if len(s.etags) > 0 {
		w.Header().Set("ETag", s.etags[min(i, len(s.etags)-1)])
	}
	cut := -1
	if i < len(s.cuts) {
		cut = s.cuts[i]
	}
	cw := &cuttingWriter{ResponseWriter: w, left: cut, stall: s.stall && i == 0, done: r.Context().Done()}
	http.ServeContent(cw, r, "a.warc", time.Time{}, bytes.NewReader(s.data))
}

func (s *archiveServer) requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.ranges...)
}

// cuttingWriter passes left body bytes, then breaks the connection (or,
// stalling, goes silent until the client hangs up).
type cuttingWriter struct {
	http.ResponseWriter
	left  int
	stall bool
	done  <-chan struct{}
}

func (c *cuttingWriter) Write(p []byte) (int, error) {
	if c.left < 0 || len(p) <= c.left {
		if c.left >= 0 {
			c.left -= len(p)
		}
		return c.ResponseWriter.Write(p)
	}
	c.ResponseWriter.Write(p[:c.left])
	c.ResponseWriter.(http.Flusher).Flush()
	if c.stall {
		<-c.done
	}
	panic(http.ErrAbortHandler)
}

// testArchive returns n conversion records of a few KiB of varied text, so
// that gzip members are of a few KiB too.
func testArchive(n int) []string {
	rng := rand.New(rand.NewPCG(1, 2))
	words := strings.Fields("the minister met his counterpart in the capital on Monday and said talks would go on next week about trade and security")
	var recs []string
	for i := range n {
		var b strings.Builder
		for b.Len() < 3000 {
			b.WriteString(words[rng.IntN(len(words))])
			b.WriteByte(' ')
		}
		rec := warcRecord("conversion", fmt.Sprintf("http://news.example/%d", i), "text/plain", b.String())
		id := fmt.Sprintf("WARC/1.0\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-%012d>\r\n", i)
		recs = append(recs, strings.Replace(rec, "WARC/1.0\r\n", id, 1))
	}
	return recs
}

func testRemoteOptions(srv *httptest.Server) remoteOptions {
	return remoteOptions{client: srv.Client(), retries: 3, backoff: time.Millisecond, maxWait: 5 * time.Millisecond, idle: 200 * time.Millisecond}
}

// readRemote reads url through a Reader with test timings.
func readRemote(t *testing.T, srv *httptest.Server, url string) ([]Capture, []*InputError) {
	r := Open(context.Background(), []string{url})
	r.remote = testRemoteOptions(srv)
	return readAll(t, r)
}

// sameCaptures checks that got is want with the local path prefix replaced
// by url: same records, once each, in order, under the same offsets.
func sameCaptures(t *testing.T, got, want []Capture, local, url string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("got %d captures, want %d", len(got), len(want))
	}
	for i := range want {
		w := want[i]
		w.Source = url + strings.TrimPrefix(w.Source, local)
		if got[i].Source != w.Source || got[i].URI != w.URI || !bytes.Equal(got[i].Body, w.Body) {
			t.Fatalf("capture %d = %s %s (%d bytes), want %s %s (%d bytes)", i, got[i].Source, got[i].URI, len(got[i].Body), w.Source, w.URI, len(w.Body))
		}
	}
}

func TestRemoteResumes(t *testing.T) {
	recs := testArchive(40)
	containers := []struct {
		name string
		data []byte
	}{
		{"a.warc", []byte(strings.Join(recs, ""))},
		{"a.warc.gz", gzipMembers(recs...)},                    // one member per record: cuts fall inside members
		{"whole.warc.gz", gzipMembers(strings.Join(recs, ""))}, // one gzip stream
	}
	for _, ct := range containers {
		local := writeFile(t, t.TempDir(), ct.name, ct.data)
		want, errs := readAll(t, Open(context.Background(), []string{local}))
		if len(errs) != 0 || len(want) != len(recs) {
			t.Fatalf("%s read locally: %d captures, errors %v", ct.name, len(want), errs)
		}
		n := len(ct.data)
		tests := []struct {
			name   string
			srv    *archiveServer
			ranges []string // Range header of each request
		}{
			{"whole", &archiveServer{}, []string{""}},
			{"cut twice", &archiveServer{cuts: []int{n * 2 / 5, n / 4}},
				[]string{"", fmt.Sprintf("bytes=%d-", n*2/5), fmt.Sprintf("bytes=%d-", n*2/5+n/4)}},
			{"cut in the first bytes", &archiveServer{cuts: []int{3}}, []string{"", "bytes=3-"}},
			{"cut then 503", &archiveServer{cuts: []int{n / 2}, status: []int{0, 503, 503}},
				[]string{"", fmt.Sprintf("bytes=%d-", n/2), fmt.Sprintf("bytes=%d-", n/2), fmt.Sprintf("bytes=%d-", n/2)}},
			{"range ignored", &archiveServer{cuts: []int{n / 3}, ignoreRange: true, etags: []string{`"v1"`}},
				[]string{"", fmt.Sprintf("bytes=%d-", n/3)}},
			{"stalled", &archiveServer{cuts: []int{n / 2}, stall: true}, []string{"", fmt.Sprintf("bytes=%d-", n/2)}},
			{"always a range", &archiveServer{cuts: []int{n / 2}, alwaysRange: true}, []string{"", fmt.Sprintf("bytes=%d-", n/2)}},
		}
		for _, tt := range tests {
			t.Run(ct.name+"/"+tt.name, func(t *testing.T) {
				tt.srv.data = ct.data
				srv := httptest.NewServer(tt.srv)
				defer srv.Close()
				url := srv.URL + "/" + ct.name
				got, errs := readRemote(t, srv, url)
				if len(errs) != 0 {
					t.Fatalf("errors: %v", errs)
				}
				sameCaptures(t, got, want, local, url)
				if reqs := tt.srv.requests(); strings.Join(reqs, ",") != strings.Join(tt.ranges, ",") {
					t.Errorf("requests with Range %q, want %q", reqs, tt.ranges)
				}
			})
		}
	}
}

// A remote input that cannot be read fully gives the records before the
// failure, once each, then one error naming the address and the reason.
func TestRemoteFailsClearly(t *testing.T) {
	recs := testArchive(40)
	data := gzipMembers(recs...)
	local := writeFile(t, t.TempDir(), "a.warc.gz", data)
	want, _ := readAll(t, Open(context.Background(), []string{local}))
	n := len(data)
	tests := []struct {
		name     string
		srv      *archiveServer
		reason   string
		requests int
		some     bool // some records come before the failure
	}{
		{"not found", &archiveServer{status: []int{404}}, "HTTP 404 Not Found", 1, false},
		{"server errors", &archiveServer{status: []int{500, 500, 500, 500, 500}}, "gave up after 4 attempts: HTTP 500", 4, false},
		{"always cut at the same byte, range ignored", &archiveServer{cuts: []int{n / 2, n / 2, n / 2, n / 2, n / 2}, ignoreRange: true},
			"gave up after 4 attempts", 4, true},
		{"changed on the server", &archiveServer{cuts: []int{n / 2}, etags: []string{`"v1"`, `"v2"`}},
			`the file changed on the server while it was read (ETag "v2", was "v1")`, 2, true},
		{"changed, range ignored", &archiveServer{cuts: []int{n / 2}, etags: []string{`"v1"`, `"v2"`}, ignoreRange: true},
			"the file changed on the server", 2, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.srv.data = data
			srv := httptest.NewServer(tt.srv)
			defer srv.Close()
			url := srv.URL + "/a.warc.gz"
			got, errs := readRemote(t, srv, url)
			if len(errs) != 1 {
				t.Fatalf("got errors %v, want one", errs)
			}
			msg := errs[0].Error()
			if !strings.HasPrefix(errs[0].Source, url) || !strings.Contains(msg, "fetch "+url) || !strings.Contains(msg, tt.reason) {
				t.Errorf("error %q: want it to name %s and say %q", msg, url, tt.reason)
			}
			if tt.some != (len(got) > 0) || len(got) >= len(want) {
				t.Errorf("%d of %d records before the failure", len(got), len(want))
			}
			sameCaptures(t, got, want[:len(got)], local, url)
			if reqs := tt.srv.requests(); len(reqs) != tt.requests {
				t.Errorf("%d requests (%q), want %d", len(reqs), reqs, tt.requests)
			}
		})
	}
}

// A single page served over HTTP is read like a local file.
func TestRemotePage(t *testing.T) {
	page := []byte("<html><head><title>T</title></head><body><p>Hello.</p></body></html>")
	srv := httptest.NewServer(&archiveServer{data: page, cuts: []int{10}})
	defer srv.Close()
	got, errs := readRemote(t, srv, srv.URL+"/p.html")
	if len(errs) != 0 || len(got) != 1 || !bytes.Equal(got[0].Body, page) || got[0].ContentType != "text/html" {
		t.Fatalf("got %v, errors %v", got, errs)
	}
}

func TestRemoteCancelled(t *testing.T) {
	data := gzipMembers(testArchive(40)...)
	srv := httptest.NewServer(&archiveServer{data: data, cuts: []int{len(data) / 2}, stall: true})
	defer srv.Close()
	ctx, cancel := context.WithCancel(context.Background())
	r := Open(ctx, []string{srv.URL + "/a.warc.gz"})
	r.remote = testRemoteOptions(srv)
	r.remote.idle = time.Hour
	go func() {
		time.Sleep(50 * time.Millisecond)
		cancel()
	}()
	for {
		_, err := r.Next()
		var ie *InputError
		if err == nil || errors.As(err, &ie) {
			continue
		}
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("Next after cancel = %v, want context.Canceled", err)
		}
		return
	}
}

func TestIsURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://data.commoncrawl.org/crawl-data/CC-NEWS/x.warc.gz": true,
		"HTTP://example.org/a.warc":                                 true,
		"http:/x":                                                   false,
		"./https://x":                                               false,
		"ftp://example.org/a.warc":                                  false,
		"a.warc.gz":                                                 false,
	} {
		if IsURL(in) != want {
			t.Errorf("IsURL(%q) = %v", in, !want)
		}
	}
}

func TestContentRange(t *testing.T) {
	tests := []struct {
		in           string
		start, total int64
		ok           bool
	}{
		{"bytes 100-199/200", 100, 200, true},
		{"bytes 0-0/1", 0, 1, true},
		{"bytes 5-9/*", 5, -1, true},
		{"bytes 100-199/150", 0, 0, false},
		{"bytes 9-5/20", 0, 0, false},
		{"bytes */200", 0, 0, false},
		{"items 1-2/3", 0, 0, false},
		{"bytes -1-2/3", 0, 0, false},
		{"", 0, 0, false},
	}
	for _, tt := range tests {
		start, total, ok := contentRange(tt.in)
		if ok != tt.ok || ok && (start != tt.start || total != tt.total) {
			t.Errorf("contentRange(%q) = %d, %d, %v; want %d, %d, %v", tt.in, start, total, ok, tt.start, tt.total, tt.ok)
		}
	}
}

// FuzzContentRange: an accepted header names a range inside the file, and
// a formatted range parses back to itself.
func FuzzContentRange(f *testing.F) {
	for _, s := range []string{"bytes 100-199/200", "bytes 5-9/*", "bytes 0-0/1", "bytes 1-/2", "bytes 1-2/x"} {
		f.Add(s, int64(3), int64(7), int64(10))
	}
	f.Fuzz(func(t *testing.T, s string, a, b, n int64) {
		if start, total, ok := contentRange(s); ok {
			if start < 0 || total != -1 && total <= start {
				t.Fatalf("contentRange(%q) = %d, %d: start outside the file", s, start, total)
			}
		}
		if a < 0 || b < a || n <= b {
			return
		}
		start, total, ok := contentRange(fmt.Sprintf("bytes %d-%d/%d", a, b, n))
		if !ok || start != a || total != n {
			t.Fatalf("bytes %d-%d/%d parsed as %d, %d, %v", a, b, n, start, total, ok)
		}
	})
}
