package store_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"storyline/internal/store"
)

// FuzzSearchQuery checks that no user query makes SQLite's FTS5 fail to
// parse what the store builds from it: the query language is the user's,
// syntax errors must not reach them.
func FuzzSearchQuery(f *testing.F) {
	f.Add("extended deterrence")
	f.Add(`"talks in Tokyo" -seoul`)
	s, err := store.Open(context.Background(), "sqlite:"+filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	body := "Japan and the United States held talks in Tokyo on extended deterrence."
	if _, err := s.Save(ctx, store.Batch{Input: "a", Records: []store.Record{rec("a", "2024-07-28", body)}}); err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		hits, err := s.Search(ctx, q, 5)
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		for _, h := range hits {
			if h.ArticleID == "" || !strings.Contains(h.Snippet, store.MarkStart) {
				t.Fatalf("Search(%q) hit without id or highlighted match: %+v", q, h)
			}
		}
	})
}
