package bench

import (
	"context"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"
)

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed)) }

func note(f Figures, key string) string {
	for _, n := range f.Notes {
		if n.Key == key {
			return n.Value
		}
	}
	return ""
}

// Each stage sees every generated article, and the duplicate index finds
// the copies the generator made. From the extraction benchmark's thousands
// of sentences it also calls no original a copy: the corpus is new text,
// not the same few articles again. The bundled prose is a few hundred
// sentences, so originals made from it share runs of them and look like
// copies; only recall is asked of it.
func TestStagesOverGeneratedCorpus(t *testing.T) {
	for _, tc := range []struct {
		name      string
		material  func(testing.TB) *Material
		articles  int
		precision bool
	}{
		{"bundled", testMaterial, 600, false},
		{"benchmark", benchmarkMaterial, 1500, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir, st := writeCorpusFrom(t, tc.material(t), CorpusOptions{Articles: tc.articles, PerFile: 500, Seed: 11})
			checkStages(t, dir, st, tc.precision)
		})
	}
}

func checkStages(t *testing.T, dir string, st CorpusStats, wantPrecision bool) {
	ctx := context.Background()
	opts := StageOptions{Workers: 2, Chunk: 400, Truth: true}

	ex, err := Extract(ctx, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if ex.Articles+ex.Failed != int64(st.Articles) || ex.Failed > int64(st.Articles)/50 {
		t.Errorf("extract: %d articles and %d failed of %d pages", ex.Articles, ex.Failed, st.Articles)
	}
	if ex.Bytes != st.PageBytes {
		t.Errorf("extract read %d bytes, corpus has %d", ex.Bytes, st.PageBytes)
	}

	dd, err := Dedup(ctx, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	precision, _ := strconv.ParseFloat(note(dd, "copy_precision"), 64)
	recall, _ := strconv.ParseFloat(note(dd, "copy_recall"), 64)
	t.Logf("dedup: copy precision %.3f, recall %.3f", precision, recall)
	if (wantPrecision && precision < 0.9) || recall < 0.8 {
		t.Errorf("dedup on the generated corpus: precision %.3f recall %.3f, want at least 0.9 (from the benchmark's prose) and 0.8", precision, recall)
	}

	cd, err := Code(ctx, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	reports, _ := strconv.Atoi(note(cd, "reports"))
	if cd.Articles != ex.Articles || reports < int(cd.Articles)/3 {
		t.Errorf("code: %d articles, %d reports; want %d articles with events in most", cd.Articles, reports, ex.Articles)
	}

	pl, err := Pipeline(ctx, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	if pl.Articles != ex.Articles || note(pl, "copies") != note(dd, "copies") || note(pl, "reports") != note(cd, "reports") {
		t.Errorf("pipeline: %d articles, copies %s, reports %s; the stages alone gave %d, %s, %s",
			pl.Articles, note(pl, "copies"), note(pl, "reports"), ex.Articles, note(dd, "copies"), note(cd, "reports"))
	}
	for _, f := range []Figures{ex, dd, cd, pl} {
		if f.Wall <= 0 || f.CPU <= 0 || f.MaxRSS <= 0 || f.HeapPeak == 0 {
			t.Errorf("%s: missing figures %+v", f.Stage, f)
		}
		var b strings.Builder
		f.Print(&b)
		if !strings.HasPrefix(b.String(), "stage="+f.Stage+" ") || !strings.Contains(b.String(), "articles/s=") {
			t.Errorf("printed figures: %q", b.String())
		}
	}
}

func TestStagesReportBadInput(t *testing.T) {
	if _, err := Extract(context.Background(), []string{t.TempDir() + "/missing"}, StageOptions{}); err != nil {
		t.Fatalf("a missing input should be counted as failed, not stop the stage: %v", err)
	}
	f, _ := Extract(context.Background(), []string{t.TempDir() + "/missing"}, StageOptions{})
	if f.Failed != 1 || f.Articles != 0 {
		t.Errorf("missing input: %d failed, %d articles", f.Failed, f.Articles)
	}
	if _, err := Dedup(context.Background(), []string{t.TempDir()}, StageOptions{Truth: true}); err == nil {
		t.Error("truth asked of a folder that is not a generated corpus: no error")
	}
}

// A paused meter does not count the time between sections. The bounds are
// the test's own clock readings around each call, so they hold however
// loaded the machine is.
func TestMeterSections(t *testing.T) {
	m := NewMeter()
	t0 := time.Now()
	m.Start()
	t1 := time.Now()
	busy(30 * time.Millisecond)
	p0 := time.Now()
	m.Pause()
	p1 := time.Now()
	busy(60 * time.Millisecond)
	q0 := time.Now()
	m.Start()
	q1 := time.Now()
	busy(30 * time.Millisecond)
	var f Figures
	s0 := time.Now()
	m.Stop(&f)
	s1 := time.Now()
	lo, hi := p0.Sub(t1)+s0.Sub(q1), p1.Sub(t0)+s1.Sub(q0)
	if f.Wall < lo || f.Wall > hi {
		t.Errorf("wall %v over two sections, want between %v and %v (the pause left out)", f.Wall, lo, hi)
	}
	if f.CPU <= 0 || f.CPU > 200*time.Millisecond {
		t.Errorf("cpu %v over two 30ms busy sections", f.CPU)
	}
	if f.MaxRSS <= 0 || f.HeapPeak == 0 || f.Workers == 0 {
		t.Errorf("memory figures %+v", f)
	}
}

func busy(d time.Duration) {
	end := time.Now().Add(d)
	x := 0
	for time.Now().Before(end) {
		x++
	}
	_ = x
}
