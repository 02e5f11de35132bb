package nlp

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// TestGolden splits the texts in testdata/golden/*.txt and compares one
// line per sentence ("start-end|text", with line breaks shown as ⏎) with
// the .golden file beside each; -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, in := range files {
		body, err := os.ReadFile(in)
		if err != nil {
			t.Fatalf("read %s: %v", in, err)
		}
		var b strings.Builder
		for _, s := range Split(string(body)) {
			fmt.Fprintf(&b, "%d-%d|%s\n", s.Start, s.End, strings.ReplaceAll(s.Text, "\n", "⏎"))
		}
		golden := strings.TrimSuffix(in, ".txt") + ".golden"
		if *update {
			if err := os.WriteFile(golden, []byte(b.String()), 0o644); err != nil {
				t.Fatalf("write %s: %v", golden, err)
			}
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatalf("read %s (run with -update to create it): %v", golden, err)
		}
		if got := b.String(); got != string(want) {
			t.Errorf("%s: split differs from %s\n got:\n%s\nwant:\n%s", in, golden, got, want)
		}
	}
}
