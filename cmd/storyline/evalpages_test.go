package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"storyline/internal/coder"
)

// TestRealNewsFloors codes the real-news corpus when its page texts have been
// restored (they are not committed: testdata/realnews/README.md) and fails
// below the figures last measured, less a margin, on each split. The check
// split is the one to trust: no rule was changed while reading its errors.
func TestRealNewsFloors(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "realnews")
	if _, err := os.Stat(filepath.Join(dir, "pages")); err != nil {
		t.Skip("testdata/realnews/pages: page texts not restored (see testdata/realnews/README.md)")
	}
	floors := map[string]struct{ precision, recall float64 }{
		"dev":   {0.50, 0.47},
		"check": {0.46, 0.45},
	}
	for split, floor := range floors {
		score, _, coded, err := scorePages(context.Background(), dir, split, coder.Options{})
		if err != nil {
			t.Fatal(err)
		}
		p, r := score.Total.Precision(), score.Total.Recall()
		t.Logf("%s: %d pages, precision %.3f recall %.3f, %d events on %d non-political pages", split, coded, p, r, score.NonPolEvents, score.NonPolitical)
		if p < floor.precision || r < floor.recall {
			t.Errorf("%s: precision %.3f recall %.3f, below %.2f / %.2f", split, p, r, floor.precision, floor.recall)
		}
	}
}
