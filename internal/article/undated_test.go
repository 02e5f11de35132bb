package article

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"storyline/internal/capture"
)

// TestUndatedPages extracts pages that state no publication date of their
// own — section and home pages, search, tag and archive pages, products,
// documentation, service pages, an article with only a modified date, one
// with only the site header's date — and allows at most one date among
// them (issue 12's bar: one invented date in twenty undated pages).
func TestUndatedPages(t *testing.T) {
	files, err := filepath.Glob("testdata/undated/*.html")
	if err != nil || len(files) < 20 {
		t.Fatalf("want 20 undated pages in testdata/undated, found %d (%v)", len(files), err)
	}
	fetched := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	invented := 0
	for _, f := range files {
		body, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Extract(capture.Capture{Source: f, Body: body, ContentType: "text/html", FetchedAt: fetched})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		pub := "null"
		if a.Published != nil {
			pub = *a.Published
			invented++
		}
		t.Logf("%-40s kind=%-8s published=%s", filepath.Base(f), a.Kind, pub)
	}
	if invented > 1 {
		t.Errorf("%d of %d undated pages got a publication date; at most 1 allowed", invented, len(files))
	}
}
