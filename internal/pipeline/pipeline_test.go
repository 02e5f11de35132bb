package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestRunOrderDuplicatesAndFailures runs a folder holding the sample
// captures, a verbatim copy of one of them and a broken file, and checks
// that results come in input order, the copy links to its source, and the
// broken file fails alone.
func TestRunOrderDuplicatesAndFailures(t *testing.T) {
	dir := t.TempDir()
	seeds, err := filepath.Glob("../../testdata/seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no sample captures: %v", err)
	}
	for i, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.Base(p))
		write(t, dst, b)
		if i == 0 {
			// "zz" sorts after every sample, so the copy comes later.
			copyPath := filepath.Join(dir, "zz-copy.txt")
			write(t, copyPath, b)
		}
	}
	broken := filepath.Join(dir, "broken.txt")
	write(t, broken, []byte{0, 1, 2, 0, 0, 0xff, 0xfe})

	var got []string
	var failed []string
	dupOf := map[string]string{}
	events := 0
	err = Run(context.Background(), []string{dir}, Options{Workers: 2}, func(r Result) error {
		if r.Err != nil {
			failed = append(failed, r.Err.Error())
			return nil
		}
		got = append(got, r.Article.Source)
		if r.Article.DuplicateOf != nil {
			dupOf[r.Article.Source] = *r.Article.DuplicateOf
		}
		events += len(r.Events)
		return nil
	})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if len(failed) != 1 {
		t.Errorf("failures = %q, want exactly the broken file", failed)
	}
	copyPath := filepath.Join(dir, "zz-copy.txt")
	if dupOf[copyPath] != filepath.Join(dir, filepath.Base(seeds[0])) {
		t.Errorf("copy linked to %q, want %q", dupOf[copyPath], seeds[0])
	}
	for src, of := range dupOf {
		if src != copyPath {
			t.Errorf("%s linked to %s: distinct samples must not link", src, of)
		}
	}
	if len(got) != len(seeds)+1 {
		t.Fatalf("got %d articles, want %d", len(got), len(seeds)+1)
	}
	for i := 1; i < len(got); i++ {
		if got[i] < got[i-1] {
			t.Errorf("results out of input order: %s after %s", got[i], got[i-1])
		}
	}
	if events == 0 {
		t.Error("no events coded from the sample captures")
	}

	// SkipLinks: the same articles, signed, none linked.
	n := 0
	err = Run(context.Background(), []string{dir}, Options{Workers: 2, SkipLinks: true, SkipCoding: true}, func(r Result) error {
		if r.Err != nil {
			return nil
		}
		n++
		if r.Article.DuplicateOf != nil {
			t.Errorf("SkipLinks: %s linked to %s", r.Article.Source, *r.Article.DuplicateOf)
		}
		if r.Signature.Empty() {
			t.Errorf("SkipLinks: %s not signed", r.Article.Source)
		}
		return nil
	})
	if err != nil || n != len(got) {
		t.Errorf("SkipLinks run: %d articles, err %v; want %d", n, err, len(got))
	}
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
