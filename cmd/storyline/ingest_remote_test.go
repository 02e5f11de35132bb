package main

import (
	"bytes"
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"storyline/internal/store"
)

// cutOnce serves files from dir; the first response for each file breaks
// the connection halfway, so ingest must resume it by byte range.
type cutOnce struct {
	dir  string
	mu   sync.Mutex
	seen map[string]int
}

func (c *cutOnce) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	data, err := os.ReadFile(filepath.Join(c.dir, filepath.FromSlash(r.URL.Path)))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	c.mu.Lock()
	c.seen[r.URL.Path]++
	first := c.seen[r.URL.Path] == 1
	c.mu.Unlock()
	if !first {
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
		return
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	w.Write(data[:len(data)/2])
	w.(http.Flusher).Flush()
	panic(http.ErrAbortHandler)
}

// Ingesting archives by their http address, through broken connections,
// stores what ingesting them through whole responses stores, and as many
// articles and reports as ingesting the same files from disk.
func TestIngestRemoteArchives(t *testing.T) {
	corpus := writeCorpus(t)
	cut := &cutOnce{dir: corpus, seen: map[string]int{}}
	srv := httptest.NewServer(cut)
	defer srv.Close()
	ctx := context.Background()
	ingest := func(db string, inputs ...string) string {
		t.Helper()
		url := "sqlite:" + filepath.Join(t.TempDir(), db)
		if err := runIngest(ctx, append([]string{"--db", url, "--progress", "none"}, inputs...)); err != nil {
			t.Fatalf("ingest %s: %v", inputs, err)
		}
		return url
	}
	urls := []string{srv.URL + "/warc/0.warc", srv.URL + "/warc/1.warc"}
	remote := ingest("remote.db", urls...)
	for _, u := range urls {
		cut.mu.Lock()
		n := cut.seen[strings.TrimPrefix(u, srv.URL)]
		cut.mu.Unlock()
		if n != 2 {
			t.Fatalf("%s requested %d times, want 2 (cut, then resumed)", u, n)
		}
	}
	got := dumpStore(t, remote)
	if !strings.Contains(got, srv.URL+"/warc/1.warc#") {
		t.Fatalf("no record of the remote archives in the store:\n%s", got)
	}
	compareDumps(t, "ingest through broken connections", dumpStore(t, ingest("whole.db", urls...)), got)
	local := dumpStore(t, ingest("local.db", filepath.Join(corpus, "warc", "0.warc"), filepath.Join(corpus, "warc", "1.warc")))
	for _, kind := range []string{"article\t", "report\t"} {
		if l, r := strings.Count(local, "\n"+kind), strings.Count(got, "\n"+kind); l != r || l == 0 {
			t.Errorf("%d %s lines from the remote archives, %d from the same files on disk", r, kind, l)
		}
	}

	// An address that cannot be read fails that input, naming it and why.
	missing := srv.URL + "/warc/missing.warc.gz"
	err := runIngest(ctx, []string{"--db", remote, "--progress", "none", missing})
	if !errors.Is(err, errFailedInputs) {
		t.Fatalf("ingest of a missing address: %v, want errFailedInputs", err)
	}
	var state, problems string
	s, err := store.Open(ctx, remote)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.DB().QueryRow(`SELECT state, error FROM inputs WHERE path = ?`, missing).Scan(&state, &problems); err != nil {
		t.Fatal(err)
	}
	if state != "failed" || !strings.Contains(problems, missing) || !strings.Contains(problems, "404") {
		t.Errorf("missing address stored as %s with %q: want failed, naming it and the 404", state, problems)
	}
}
