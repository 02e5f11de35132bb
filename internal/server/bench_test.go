package server

import (
	"net/http"
	"net/http/httptest"
	"testing"
)

// Benchmarks over the fixture store (the sample captures); the figures on a
// 100,000-event store come from wrk, see docs/web.md.

func benchmarkGet(b *testing.B, target string) {
	s, _ := newTestServer(b, Options{})
	req := httptest.NewRequest(http.MethodGet, target, nil)
	for b.Loop() {
		w := httptest.NewRecorder()
		s.ServeHTTP(w, req)
		if w.Code != http.StatusOK {
			b.Fatalf("%s: status %d", target, w.Code)
		}
	}
}

func BenchmarkAPIEvents(b *testing.B)     { benchmarkGet(b, "/api/events") }
func BenchmarkAPIEventsPair(b *testing.B) { benchmarkGet(b, "/api/events?pair=JPN,USA") }
func BenchmarkTimelinePage(b *testing.B)  { benchmarkGet(b, "/?pair=JPN&pair=USA") }
func BenchmarkSearchPage(b *testing.B)    { benchmarkGet(b, "/search?q=talks") }
func BenchmarkStaticFile(b *testing.B)    { benchmarkGet(b, "/static/style.css") }
