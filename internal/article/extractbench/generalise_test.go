package extractbench

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"storyline/internal/article"
	"storyline/internal/capture"
)

var (
	wcxbDir  = flag.String("wcxbdir", "../../../../shared/bench/wcxb-dev", "WCXB subset folder (html/, ground-truth/, types.tsv)")
	datesDir = flag.String("datesdir", "../../../../shared/bench/dates", "publication-date set folder (html/, gold.json)")
	anchor   = flag.Bool("anchor", false, "also score go-trafilatura + fallback on the WCXB subset (slow)")
	update   = flag.Bool("update", false, "rewrite the committed split lists")
	showHalf = flag.String("half", Dev, "half whose worst pages and misses -v lists (dev or check)")
)

// pageTypes are WCXB's page types in the order its README lists them.
var pageTypes = []string{"article", "service", "forum", "listing", "product", "collection", "documentation"}

func needDir(tb testing.TB, dir string) {
	tb.Helper()
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("no set folder %s", dir)
	}
}

// TestSplitLists holds the committed dev/check lists equal to the split
// Half computes, so a change to either shows in review.
func TestSplitLists(t *testing.T) {
	needDir(t, *wcxbDir)
	needDir(t, *datesDir)
	wp, err := LoadWCXB(*wcxbDir)
	if err != nil {
		t.Fatal(err)
	}
	dp, err := LoadDates(*datesDir)
	if err != nil {
		t.Fatal(err)
	}
	lists := map[string][]string{}
	for _, p := range wp {
		lists["split-wcxb-dev.txt"] = append(lists["split-wcxb-dev.txt"], p.Half+" "+filepath.Base(p.Path))
	}
	for _, p := range dp {
		lists["split-dates.txt"] = append(lists["split-dates.txt"], p.Half+" "+filepath.Base(p.Path))
	}
	for name, lines := range lists {
		slices.Sort(lines)
		want := strings.Join(lines, "\n") + "\n"
		path := filepath.Join("testdata", name)
		if *update {
			if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != want {
			t.Errorf("%s differs from the split of the set (go test -run SplitLists -update)", path)
		}
	}
}

func meanLine(name string, m Mean) string {
	return fmt.Sprintf("%-14s n=%-3d F1=%.3f P=%.3f R=%.3f", name, m.N, m.F1, m.P, m.R)
}

// wcxbFloor is the F1 the extractor must keep on each half, overall and by
// page type. On dev it is issue 12's bar where the measured figure is
// within 0.02 of it — go-trafilatura + fallback on each type (run with
// -anchor: article 0.931) and 0.80 overall — else the measured figure less
// 0.01 overall and 0.02 by type (a type has 10 to 62 pages); on check,
// which rules are not tuned on, the measured figure less the same margins
// (every check type is above the anchor's figure: docs/extraction.md).
var wcxbFloor = map[string]map[string]float64{
	Dev:   {"all": 0.818, "article": 0.931, "service": 0.792, "forum": 0.546, "listing": 0.731, "product": 0.671, "collection": 0.787, "documentation": 0.935},
	Check: {"all": 0.802, "article": 0.921, "service": 0.745, "forum": 0.719, "listing": 0.627, "product": 0.616, "collection": 0.598, "documentation": 0.913},
}

// TestWCXB extracts the WCXB subset and holds the F1 of each half, overall
// and by page type, at its floor; -v prints the figures (and with -anchor
// those of go-trafilatura + fallback beside them).
func TestWCXB(t *testing.T) {
	needDir(t, *wcxbDir)
	if testing.Short() {
		t.Skip("extracts 300 pages")
	}
	pages, err := LoadWCXB(*wcxbDir)
	if err != nil {
		t.Fatal(err)
	}
	paths := make([]string, len(pages))
	for i, p := range pages {
		paths[i] = p.Path
	}
	caps, arts, cpu := extractFiles(t, paths)
	bodies := map[string]string{}
	for k, a := range arts {
		bodies[k] = a.Body
	}
	scores := ScoreWCXB(pages, bodies)
	var anchorScores []WordScore
	if *anchor {
		ab, _, err := TrafilaturaAll(context.Background(), caps, 2, true)
		if err != nil {
			t.Fatal(err)
		}
		anchorScores = ScoreWCXB(pages, ab)
	}
	t.Logf("%d pages, %.1f pages/cpu-s", len(caps), float64(len(caps))/cpu.Seconds())
	for _, half := range []string{Dev, Check} {
		for _, typ := range append([]string{"all"}, pageTypes...) {
			keep := func(s WordScore) bool { return s.Half == half && (typ == "all" || s.Type == typ) }
			m := MeanOf(scores, keep)
			line := meanLine(half+" "+typ, m)
			if anchorScores != nil {
				line += " | anchor " + meanLine("", MeanOf(anchorScores, keep))
			}
			t.Log(line)
			if m.F1 < wcxbFloor[half][typ] {
				t.Errorf("%s %s: F1 %.3f below %.3f", half, typ, m.F1, wcxbFloor[half][typ])
			}
		}
	}
	// Invented dates: a date on a page whose gold has none. Kinds by type.
	for _, half := range []string{Dev, Check} {
		undated, invented := 0, 0
		kinds := map[string]map[string]int{}
		for _, p := range pages {
			if p.Half != half {
				continue
			}
			a := arts[p.Path]
			if kinds[p.Type] == nil {
				kinds[p.Type] = map[string]int{}
			}
			kinds[p.Type][a.Kind]++
			if p.Published == "" {
				undated++
				if a.Published != nil {
					invented++
					if testing.Verbose() && half == *showHalf {
						t.Logf("invented %s on %s (%s, kind %s)", *a.Published, p.ID, p.Type, a.Kind)
					}
				}
			}
		}
		t.Logf("%s: dates on pages without one: %d of %d; kinds by type: %v", half, invented, undated, kinds)
	}
	if testing.Verbose() {
		worst := slices.Clone(scores)
		slices.SortFunc(worst, func(a, b WordScore) int {
			if a.F1 < b.F1 {
				return -1
			}
			if a.F1 > b.F1 {
				return 1
			}
			return 0
		})
		for i, s := range worst {
			if s.Half != *showHalf {
				continue
			}
			an := ""
			if anchorScores != nil {
				for _, a := range anchorScores {
					if a.ID == s.ID {
						an = fmt.Sprintf(" anchor F1=%.3f", a.F1)
					}
				}
			}
			t.Logf("page %s %-13s F1=%.3f P=%.3f R=%.3f%s", s.ID, s.Type, s.F1, s.P, s.R, an)
			_ = i
		}
	}
}

// dateFloor is the date accuracy each half must keep: issue 12's bar of
// 0.90 on dev (measured 0.903, 158 of 175), the measured 0.920 less 0.01 on
// check; maxInvented the dates allowed on the set's pages without one (1
// of 1 on dev, 0 of 4 on check; testdata/undated holds 20 more, of which
// TestUndatedPages allows one).
var (
	dateFloor   = map[string]float64{Dev: 0.90, Check: 0.91}
	maxInvented = map[string]int{Dev: 1, Check: 1}
)

// TestDates extracts the publication-date set and holds each half's
// accuracy at its floor; -v prints the figures and the dev misses.
func TestDates(t *testing.T) {
	needDir(t, *datesDir)
	if testing.Short() {
		t.Skip("extracts 379 pages")
	}
	pages, err := LoadDates(*datesDir)
	if err != nil {
		t.Fatal(err)
	}
	paths := make([]string, len(pages))
	for i, p := range pages {
		paths[i] = p.Path
	}
	caps, arts, cpu := extractFiles(t, paths)
	got := map[string]string{}
	for k, a := range arts {
		if a.Published != nil {
			got[k] = *a.Published
		}
	}
	t.Logf("%d pages, %.1f pages/cpu-s", len(caps), float64(len(caps))/cpu.Seconds())
	for _, half := range []string{Dev, Check} {
		r := ScoreDates(pages, got, func(p DatePage) bool { return p.Half == half })
		t.Logf("%-5s accuracy %.3f: right %d/%d, wrong %d (%d a day off), missed %d, invented %d/%d",
			half, r.Accuracy(), r.Right, r.Dated, r.Wrong, r.OneDayOff, r.Missed, r.Invented, r.Undated)
		if half == *showHalf && testing.Verbose() {
			for _, m := range r.Misses {
				file, _, _ := strings.Cut(m, ":")
				t.Logf("  %s (kind %s)", m, arts[filepath.Join(*datesDir, "html", file+".gz")].Kind)
			}
		}
		if r.Accuracy() < dateFloor[half] {
			t.Errorf("%s: date accuracy %.3f below %.3f", half, r.Accuracy(), dateFloor[half])
		}
		if r.Invented > maxInvented[half] {
			t.Errorf("%s: %d dates on %d pages without one, want at most %d", half, r.Invented, r.Undated, maxInvented[half])
		}
	}
}

// extractFiles reads the files and extracts their articles on every core,
// giving the captures read, the articles by source and the CPU time the
// extraction took.
func extractFiles(t *testing.T, paths []string) ([]capture.Capture, map[string]article.Article, time.Duration) {
	t.Helper()
	ctx := context.Background()
	caps, err := ReadCaptures(ctx, paths)
	if err != nil {
		t.Fatal(err)
	}
	arts, cpu, err := ExtractAll(ctx, caps, 0)
	if err != nil {
		t.Fatal(err)
	}
	return caps, arts, cpu
}
