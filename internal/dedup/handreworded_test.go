package dedup

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storyline/internal/dedup/internal/spin"
)

const handDir = "testdata/reworded"

// handSplits are the parts of testdata/reworded (see its README): dev is
// tuned on, check only reported.
var handSplits = []struct {
	name     string
	from, to int
}{
	{"dev", 1, 24},
	{"check", 25, 44},
}

// handStory is one source of testdata/reworded with its hand-reworded copy
// and, for some, another outlet's own report of the same event.
type handStory struct {
	n                   int
	source, copy, other string
}

func readHand(t testing.TB, from, to int) []handStory {
	t.Helper()
	var out []handStory
	for n := from; n <= to; n++ {
		base := filepath.Join(handDir, fmt.Sprintf("%03d", n))
		read := func(suffix string, need bool) string {
			b, err := os.ReadFile(base + suffix)
			if err != nil {
				if need || !os.IsNotExist(err) {
					t.Fatalf("read hand-reworded story %d: %v", n, err)
				}
				return ""
			}
			return string(b)
		}
		out = append(out, handStory{n: n, source: read(".src.txt", true), copy: read(".copy.txt", true), other: read(".other.txt", false)})
	}
	return out
}

// TestHandReworded adds, to an index already holding the originals of the
// labelled set (less the seeds), the sources of one split, then the other outlets' reports
// of the same events, then the hand-reworded copies. Every copy must link to
// its own source; no source and no other report may link to anything.
func TestHandReworded(t *testing.T) {
	var background []spin.Record
	for _, r := range readLabelled(t) {
		// The seeds are sources 001-005 here.
		if r.Set == "copies" && r.Kind == spin.Original && !strings.HasPrefix(r.Source, "seeds/") {
			background = append(background, r)
		}
	}
	for _, split := range handSplits {
		t.Run(split.name, func(t *testing.T) {
			stories := readHand(t, split.from, split.to)
			ix := NewIndex(Options{})
			for _, r := range background {
				ix.Add(r.ID, r.Body)
			}
			var copies, stories2 tally
			byStage := make(map[Kind]int)
			for _, s := range stories {
				stories2.n++
				if of, ok := ix.Add(fmt.Sprint("src/", s.n), s.source); ok {
					stories2.spurious++
					t.Errorf("source %03d linked to %s", s.n, of)
				}
			}
			others := 0
			for _, s := range stories {
				if s.other == "" {
					continue
				}
				others++
				if m, ok := ix.Find(Sign(s.other)); ok {
					stories2.spurious++
					t.Errorf("other report of %03d linked to %s (%s %.2f)", s.n, m.Of, m.Kind, m.Similarity)
				}
				ix.Add(fmt.Sprint("other/", s.n), s.other)
			}
			for _, s := range stories {
				copies.n++
				m, ok := ix.Find(Sign(s.copy))
				ix.Add(fmt.Sprint("copy/", s.n), s.copy)
				switch {
				case ok && m.Of == fmt.Sprint("src/", s.n):
					copies.correct++
					byStage[m.Kind]++
					t.Logf("copy %03d linked (%s %.2f)", s.n, m.Kind, m.Similarity)
				case ok:
					copies.wrong++
					t.Errorf("copy %03d linked to %s (%s %.2f)", s.n, m.Of, m.Kind, m.Similarity)
				default:
					copies.missed++
					t.Logf("copy %03d missed", s.n)
				}
			}
			var stages []string
			for _, k := range []Kind{Exact, Near, Reworded, Rewritten} {
				stages = append(stages, fmt.Sprintf("%s %d", k, byStage[k]))
			}
			t.Logf("%s: %d hand-reworded copies: %d linked to their source, %d wrong, %d missed (precision %.3f, recall %.3f; by stage: %s); %d sources and %d other reports of the same events: %d linked",
				split.name, copies.n, copies.correct, copies.wrong, copies.missed, copies.precision(), copies.recall(), strings.Join(stages, ", "),
				stories2.n, others, stories2.spurious)
			if copies.recall() < 0.80 || copies.precision() < 0.99 {
				t.Errorf("%s: hand-reworded copies: precision %.3f recall %.3f, want at least 0.99 and 0.80", split.name, copies.precision(), copies.recall())
			}
		})
	}
}
