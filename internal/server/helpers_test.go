package server

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"storyline/internal/capture"
	"storyline/internal/event"
	"storyline/internal/pipeline"
	"storyline/internal/sample"
	"storyline/internal/store"
)

// testToken is the ingest token of test servers.
const testToken = "test-token-0123456789"

// fixture is a store holding the sample captures and the hostile capture,
// built once per test binary: ingest codes every page, which takes a while.
var fixture = sync.OnceValues(func() (string, error) {
	dir, err := os.MkdirTemp("", "storyline-server-test-")
	if err != nil {
		return "", err
	}
	fixtureDir = dir
	url := "sqlite:" + filepath.Join(dir, "fixture.db")
	ctx := context.Background()
	st, err := store.Open(ctx, url)
	if err != nil {
		return "", err
	}
	defer st.Close()
	src := sample.Open(ctx)
	defer src.Close()
	if _, err := Ingest(ctx, st, "sample", src, pipeline.Options{}); err != nil {
		return "", err
	}
	xss := capture.Open(ctx, []string{"testdata/xss.warc"})
	defer xss.Close()
	if _, err := Ingest(ctx, st, "testdata/xss.warc", xss, pipeline.Options{}); err != nil {
		return "", err
	}
	return url, nil
})

var fixtureDir string

func TestMain(m *testing.M) {
	code := m.Run()
	if fixtureDir != "" {
		os.RemoveAll(fixtureDir)
	}
	os.Exit(code)
}

// newTestServer serves the fixture store, read-only by the tests that use it.
func newTestServer(t testing.TB, opts Options) (*Server, *store.Store) {
	t.Helper()
	url, err := fixture()
	if err != nil {
		t.Fatalf("build fixture store: %v", err)
	}
	return serveStore(t, url, opts)
}

// emptyServer serves a store of its own, for tests that write.
func emptyServer(t testing.TB, opts Options) (*Server, *store.Store) {
	t.Helper()
	return serveStore(t, "sqlite:"+filepath.Join(t.TempDir(), "empty.db"), opts)
}

// serveStore opens the store at url, closed when the test ends, and a
// server over it.
func serveStore(t testing.TB, url string, opts Options) (*Server, *store.Store) {
	t.Helper()
	st, err := store.Open(context.Background(), url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	s, err := New(st, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s, st
}

// ingestText stores one text capture named name and codes it into st.
func ingestText(t testing.TB, st *store.Store, name, text string) {
	t.Helper()
	src := capture.NewList([]capture.Capture{{Source: name, ContentType: "text/plain", Body: []byte(text)}})
	if _, err := Ingest(context.Background(), st, name, src, pipeline.Options{}); err != nil {
		t.Fatal(err)
	}
}

// get sends one request through the handler.
func get(t testing.TB, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, target, nil))
	return w
}

func decode[T any](t testing.TB, w *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("Content-Type = %q, want JSON; body %s", ct, clip(w.Body.String(), 300))
	}
	if err := json.NewDecoder(w.Body).Decode(&v); err != nil {
		t.Fatalf("decode answer: %v", err)
	}
	return v
}

// hasCountries reports whether the event has a party of every code.
func hasCountries(e event.Event, codes ...string) bool {
	have := e.Countries()
	for _, c := range codes {
		found := false
		for _, h := range have {
			found = found || h == c
		}
		if !found {
			return false
		}
	}
	return true
}

// xssEvent finds the event coded from the hostile capture.
func xssEvent(t testing.TB, st *store.Store) event.Event {
	t.Helper()
	evs, err := st.Events(context.Background(), store.Filter{Text: "xss-evidence"})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) == 0 {
		t.Fatal("the hostile capture gave no event; the escaping tests need one")
	}
	return evs[0]
}

func readAll(t testing.TB, r io.Reader) string {
	t.Helper()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func newRecorder() *httptest.ResponseRecorder { return httptest.NewRecorder() }

func httptestRequest(target string) *http.Request {
	return httptest.NewRequest(http.MethodGet, target, nil)
}
