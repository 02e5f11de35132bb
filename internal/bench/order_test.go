package bench

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// timeOrderDigest is the SHA-256 of digest() of the text corpus below as
// written before the corpus had an order (commit 2ca3d65): OrderTime is
// that corpus, byte for byte. It changes when the bundled material does.
const timeOrderDigest = "a0587edae25bb8fbaf7c449a903a1c3c22d91584104d731562b8675fdc6cc174"

// The corpus dates its pages along the archives as asked: in time order
// they rise from the first archive to the last, within the jitter of a
// page's time of day and a copy's days after its original; in random
// order every archive reaches over most of the span. Either way a copy
// comes after its original and the same seed gives the same corpus.
func TestCorpusOrder(t *testing.T) {
	const days = 730
	for _, tc := range []struct {
		name    string
		order   Order
		ordered bool // archives follow each other in time
	}{
		{"default", "", true},
		{"time", OrderTime, true},
		{"random", OrderRandom, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := CorpusOptions{Articles: 3000, PerFile: 500, Seed: 5, Order: tc.order, Days: days, Workers: 1}
			dir, st := writeTestCorpus(t, opts)
			if want := map[Order]Order{OrderRandom: OrderRandom}[tc.order]; st.Order != want {
				t.Errorf("stats order %q, want %q", st.Order, want)
			}
			dates, spans := archiveDates(t, dir, st.Files)
			const jitter = 4 * 24 * time.Hour // a page's time of day, a copy's three days
			var latest time.Time
			for k, span := range spans {
				if tc.ordered && k > 0 && span[0].Before(latest.Add(-jitter)) {
					t.Errorf("archive %d starts %s, before archive %d's %s", k, span[0], k-1, latest)
				}
				reach := span[1].Sub(span[0])
				if perArchive := days * 24 * time.Hour / time.Duration(opts.Articles/opts.PerFile); tc.ordered && reach > perArchive+jitter {
					t.Errorf("archive %d reaches over %s", k, reach)
				}
				if !tc.ordered && reach < days/2*24*time.Hour {
					t.Errorf("archive %d reaches over only %s", k, reach)
				}
				latest = span[1]
			}
			for k := range st.Files {
				truth, err := os.ReadFile(filepath.Join(dir, ".truth", fmt.Sprintf("%05d.tsv", k)))
				if err != nil {
					t.Fatal(err)
				}
				for _, line := range strings.Split(strings.TrimSpace(string(truth)), "\n") {
					f := strings.Split(line, "\t")
					if f[1] == kindOriginal {
						continue
					}
					if dates[f[0]].Before(dates[f[2]]) || dates[f[0]].After(dates[f[2]].Add(3*24*time.Hour)) {
						t.Errorf("copy %s of %s dated %s, its original %s", f[0], f[2], dates[f[0]], dates[f[2]])
					}
				}
			}
			opts.Workers = 3
			if again, _ := writeTestCorpus(t, opts); digest(t, again) != digest(t, dir) {
				t.Error("same seed and order: corpora differ")
			}
			if tc.ordered {
				text, _ := writeTestCorpus(t, CorpusOptions{Articles: 600, PerFile: 200, Seed: 11, Format: FormatText, Order: tc.order})
				if got := fmt.Sprintf("%x", sha256.Sum256([]byte(digest(t, text)))); got != timeOrderDigest {
					t.Errorf("time order corpus digest %s, want %s (the corpus before orders)", got, timeOrderDigest)
				}
			}
		})
	}
}

// archiveDates reads back every page of a WET corpus: the date of each
// address, and the first and last date of each archive.
func archiveDates(t *testing.T, dir string, files int) (map[string]time.Time, [][2]time.Time) {
	t.Helper()
	dates := map[string]time.Time{}
	spans := make([][2]time.Time, files)
	for k := range files {
		for _, c := range readCaptures(t, filepath.Join(dir, fmt.Sprintf("%05d.warc.wet.gz", k))) {
			dates[c.URI] = c.FetchedAt
			if s := &spans[k]; s[0].IsZero() || c.FetchedAt.Before(s[0]) {
				s[0] = c.FetchedAt
			}
			if s := &spans[k]; c.FetchedAt.After(s[1]) {
				s[1] = c.FetchedAt
			}
		}
	}
	return dates, spans
}
