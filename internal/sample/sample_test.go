package sample

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The embedded copies must stay the same as the seed pages the rest of the
// tests use.
func TestCapturesMatchSeeds(t *testing.T) {
	names := Names()
	seeds, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(names) != len(seeds) || len(names) == 0 {
		t.Fatalf("embedded %d captures, testdata/seeds has %d", len(names), len(seeds))
	}
	s := Open(context.Background())
	defer s.Close()
	for i := 0; ; i++ {
		c, err := s.Next()
		if err == io.EOF {
			if i != len(seeds) {
				t.Fatalf("stream gave %d captures, want %d", i, len(seeds))
			}
			return
		}
		if err != nil {
			t.Fatalf("capture %d: %v", i, err)
		}
		want, err := os.ReadFile(seeds[i])
		if err != nil {
			t.Fatal(err)
		}
		if c.Source != "sample/"+filepath.Base(seeds[i]) {
			t.Errorf("capture %d source = %q, want sample/%s", i, c.Source, filepath.Base(seeds[i]))
		}
		if strings.TrimSpace(string(c.Body)) != strings.TrimSpace(string(want)) {
			t.Errorf("embedded %s differs from testdata/seeds", c.Source)
		}
	}
}
