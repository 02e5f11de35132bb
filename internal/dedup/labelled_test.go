package dedup

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storyline/internal/dedup/internal/spin"
)

var update = flag.Bool("update", false, "rebuild testdata/dedup/labelled.jsonl.gz from the seeds and the extraction benchmark")

const (
	labelledPath = "../../testdata/dedup/labelled.jsonl.gz"
	seedsGlob    = "../../testdata/seeds/*.txt"
	benchGold    = "../../../shared/bench/article-extraction/ground-truth.json"
	labelledSeed = 20240728
)

// seedBody takes the prose of a raw seed capture by a rule that needs no
// hand: its lines longer than 80 characters.
func seedBody(raw string) string {
	var lines []string
	for line := range strings.Lines(raw) {
		if line = strings.TrimSpace(line); len(line) > 80 {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n\n")
}

func buildLabelled(t *testing.T) []spin.Record { return buildLabelledSeed(t, labelledSeed) }

func buildLabelledSeed(t *testing.T, seed uint64) []spin.Record {
	t.Helper()
	var originals []spin.Article
	paths, err := filepath.Glob(seedsGlob)
	if err != nil || len(paths) == 0 {
		t.Fatalf("list seeds %s: %v (%d files)", seedsGlob, err, len(paths))
	}
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		originals = append(originals, spin.Article{Source: "seeds/" + filepath.Base(p), Body: seedBody(string(raw))})
	}
	raw, err := os.ReadFile(benchGold)
	if err != nil {
		t.Fatalf("read benchmark gold: %v", err)
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("decode %s: %v", benchGold, err)
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		originals = append(originals, spin.Article{Source: "bench/" + id[:16], Body: gold[id].ArticleBody})
	}
	return spin.Build(seed, originals)
}

func writeLabelled(t *testing.T, recs []spin.Record) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(labelledPath), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(labelledPath)
	if err != nil {
		t.Fatal(err)
	}
	zw := gzip.NewWriter(f)
	enc := json.NewEncoder(zw)
	for _, r := range recs {
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func readLabelled(t testing.TB) []spin.Record {
	t.Helper()
	f, err := os.Open(labelledPath)
	if err != nil {
		t.Fatalf("open labelled set (go test -run TestLabelled -update builds it): %v", err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("read %s: %v", labelledPath, err)
	}
	var recs []spin.Record
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		var r spin.Record
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("decode %s: %v", labelledPath, err)
		}
		recs = append(recs, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("read %s: %v", labelledPath, err)
	}
	return recs
}

// tally counts, for one kind of record, what the index said about it.
type tally struct {
	n, correct, wrong, missed, spurious int
}

func (c tally) precision() float64 {
	if c.correct+c.wrong == 0 {
		return 1
	}
	return float64(c.correct) / float64(c.correct+c.wrong)
}

func (c tally) recall() float64 {
	if c.correct+c.wrong+c.missed == 0 {
		return 1
	}
	return float64(c.correct) / float64(c.correct+c.wrong+c.missed)
}

// TestLabelled adds each set of the labelled set to a fresh index in order
// and scores every link: a record whose group was seen earlier must link to
// a record of that group; any other record must not link at all.
func TestLabelled(t *testing.T) {
	if *update {
		writeLabelled(t, buildLabelled(t))
	}
	scoreLabelled(t, readLabelled(t))
}

// TestLabelledOtherSeeds builds the set again with other generator seeds,
// so that the figures do not hang on one draw of trims and rewordings.
func TestLabelledOtherSeeds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds two more labelled sets")
	}
	if _, err := os.Stat(benchGold); err != nil {
		t.Skipf("no extraction benchmark beside the repository: %v", err)
	}
	for _, seed := range []uint64{1, 2} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			scoreLabelled(t, buildLabelledSeed(t, seed))
		})
	}
}

func scoreLabelled(t *testing.T, recs []spin.Record) {
	kinds := append([]string{spin.Original}, spin.CopyKinds...)
	kinds = append(kinds, spin.Story)
	byKind := make(map[string]*tally)
	for _, k := range kinds {
		byKind[k] = new(tally)
	}
	// Links by the stage that made them, over all records.
	byStage := make(map[Kind]*tally)
	for _, k := range []Kind{Exact, Near, Reworded, Rewritten} {
		byStage[k] = new(tally)
	}
	indexes := make(map[string]*Index)
	groupOf := make(map[string]string) // id -> group
	seen := make(map[string]bool)      // set/group
	for _, r := range recs {
		ix := indexes[r.Set]
		if ix == nil {
			ix = NewIndex(Options{})
			indexes[r.Set] = ix
		}
		m, found := ix.Find(Sign(r.Body))
		ix.Add(r.ID, r.Body)
		groupOf[r.ID] = r.Group
		key := r.Set + "/" + r.Group
		want := seen[key]
		seen[key] = true
		kind := r.Kind
		c := byKind[kind]
		c.n++
		switch {
		case found && want && groupOf[m.Of] == r.Group:
			c.correct++
			byStage[m.Kind].correct++
		case found:
			if want {
				c.wrong++
			} else {
				c.spurious++
			}
			byStage[m.Kind].wrong++
			t.Logf("wrong link: %s (%s, %s) -> %s (%s, %s %.2f)", r.ID, r.Kind, r.Source, m.Of, groupOf[m.Of], m.Kind, m.Similarity)
		case want:
			c.missed++
		}
	}

	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %5s %7s %5s %6s %8s %9s %6s\n", "kind", "n", "correct", "wrong", "missed", "spurious", "precision", "recall")
	for _, k := range kinds {
		c := byKind[k]
		fmt.Fprintf(&b, "%-10s %5d %7d %5d %6d %8d %9.3f %6.3f\n", k, c.n, c.correct, c.wrong, c.missed, c.spurious, c.precision(), c.recall())
	}
	fmt.Fprintf(&b, "links by stage:\n")
	for _, k := range []Kind{Exact, Near, Reworded, Rewritten} {
		c := byStage[k]
		fmt.Fprintf(&b, "%-10s %5d links %5d wrong  precision %.3f\n", k, c.correct+c.wrong, c.wrong, c.precision())
	}
	t.Logf("labelled set, %d records:\n%s", len(recs), b.String())

	check := func(kind string, minPrecision, minRecall float64) {
		c := byKind[kind]
		if c.precision() < minPrecision || c.recall() < minRecall {
			t.Errorf("%s copies: precision %.3f recall %.3f, want at least %.2f and %.2f", kind, c.precision(), c.recall(), minPrecision, minRecall)
		}
	}
	check(spin.Verbatim, 0.99, 0.95)
	check(spin.Trimmed, 0.99, 0.95)
	check(spin.Reworded, 0.95, 0.80)
	if n := byKind[spin.Original].spurious; n > 0 {
		t.Errorf("%d distinct originals linked to another article", n)
	}
	if n := byKind[spin.Story].spurious; n > 0 {
		t.Errorf("%d different stories about the same event linked to each other", n)
	}
	near := *byStage[Exact]
	near.correct += byStage[Near].correct
	near.wrong += byStage[Near].wrong
	if p := near.precision(); p < 0.99 {
		t.Errorf("exact and near links: precision %.3f, want at least 0.99", p)
	}
	if p := byStage[Reworded].precision(); p < 0.95 {
		t.Errorf("reworded links: precision %.3f, want at least 0.95", p)
	}
	if p := byStage[Rewritten].precision(); p < 0.99 {
		t.Errorf("rewritten links: precision %.3f, want at least 0.99", p)
	}
}
