package timex

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"storyline/internal/nlp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// goldenRef is the reference day of the golden texts: a Tuesday.
var goldenRef = time.Date(2025, 8, 12, 0, 0, 0, 0, time.UTC)

// TestGolden finds the dates of each sentence of testdata/golden/*.txt,
// with the tense read around each expression, and compares one line per
// expression ("start-end|text|start..end grain explicit", offsets into the
// whole text) with the .golden file beside it; -update rewrites them.
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
		for _, s := range nlp.Split(string(body)) {
			for _, e := range Find(s.Text, goldenRef, TenseUnknown) {
				tense := TenseAt(s.Text, e.Start, e.End)
				if tense != TenseUnknown {
					e = findAgain(s.Text, e, tense)
				}
				fmt.Fprintf(&b, "%d-%d|%s|%s..%s %s explicit=%v tense=%d\n", s.Start+e.Start, s.Start+e.End, e.Text,
					e.Value.Start.Format("2006-01-02"), e.Value.End.Format("2006-01-02"), e.Value.Grain, e.Explicit, tense)
			}
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
			t.Errorf("%s: expressions differ from %s\n got:\n%s\nwant:\n%s", in, golden, got, want)
		}
	}
}

// findAgain resolves expression e of sentence again with its own tense.
func findAgain(sentence string, e Expression, tense Tense) Expression {
	for _, x := range Find(sentence, goldenRef, tense) {
		if x.Start == e.Start {
			return x
		}
	}
	return e
}
