package bench

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"storyline/internal/article"
	"storyline/internal/capture"
)

// The material the tests generate from: what the binary carries, so the
// tests need nothing beside the repository.
var testSources = MaterialSources{Bundled: true}

// benchmarkDir is the article-extraction benchmark beside the repository
// (../shared in CI); tests of material drawn from it skip without it.
const benchmarkDir = "../../../shared/bench/article-extraction"

func needBenchmark(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(benchmarkDir, "ground-truth.json")); err != nil {
		t.Skipf("%s/ground-truth.json is missing (the extraction benchmark; ../shared in CI)", benchmarkDir)
	}
}

var (
	materialOnce, benchmarkOnce sync.Once
	material, benchmarkM        *Material
	materialErr, benchmarkErr   error
)

// testMaterial is the bundled material, loaded once.
func testMaterial(t testing.TB) *Material {
	t.Helper()
	materialOnce.Do(func() { material, materialErr = LoadMaterial(context.Background(), testSources) })
	if materialErr != nil {
		t.Fatalf("load material: %v", materialErr)
	}
	return material
}

// benchmarkMaterial adds the extraction benchmark's prose and pages, the
// material of the figures in BENCHMARKS.md; it skips without the benchmark.
func benchmarkMaterial(t testing.TB) *Material {
	t.Helper()
	needBenchmark(t)
	benchmarkOnce.Do(func() {
		benchmarkM, benchmarkErr = LoadMaterial(context.Background(), MaterialSources{Bundled: true, Pages: benchmarkDir})
	})
	if benchmarkErr != nil {
		t.Fatalf("load material: %v", benchmarkErr)
	}
	return benchmarkM
}

func writeTestCorpus(t testing.TB, opts CorpusOptions) (string, CorpusStats) {
	t.Helper()
	return writeCorpusFrom(t, testMaterial(t), opts)
}

func writeCorpusFrom(t testing.TB, m *Material, opts CorpusOptions) (string, CorpusStats) {
	t.Helper()
	dir := t.TempDir()
	st, err := WriteCorpus(context.Background(), dir, m, opts)
	if err != nil {
		t.Fatalf("write corpus: %v", err)
	}
	return dir, st
}

// The bundled material alone makes a corpus of either kind; the seed
// captures on disk add their prose; nothing at all is an error.
func TestMaterial(t *testing.T) {
	m := testMaterial(t)
	if m.Sentences() < 150 || m.Templates() < 3 {
		t.Errorf("bundled material: %d sentences, %d page templates; want the sample captures and data/prose.txt (over 150) and the 3 skeletons of data/pages", m.Sentences(), m.Templates())
	}
	seeds, err := LoadMaterial(context.Background(), MaterialSources{Bundled: true, Captures: "../../testdata/seeds"})
	if err != nil {
		t.Fatal(err)
	}
	if seeds.Sentences() <= m.Sentences() {
		t.Errorf("bundled and seed captures: %d sentences, bundled alone %d", seeds.Sentences(), m.Sentences())
	}
	if _, err := LoadMaterial(context.Background(), MaterialSources{Captures: t.TempDir()}); err == nil {
		t.Error("material from an empty folder: no error")
	}
	if _, err := LoadMaterial(context.Background(), MaterialSources{Pages: t.TempDir()}); err == nil {
		t.Error("material from a folder without ground-truth.json: no error")
	}
}

// The extraction benchmark adds its bodies and most of its pages.
func TestMaterialFromBenchmark(t *testing.T) {
	needBenchmark(t)
	m, err := LoadMaterial(context.Background(), MaterialSources{Bundled: true, Pages: benchmarkDir})
	if err != nil {
		t.Fatal(err)
	}
	if m.Sentences() < 1000 {
		t.Errorf("material has %d sentences, want the benchmark's bodies (over 1000)", m.Sentences())
	}
	if m.Templates() < 100 {
		t.Errorf("material has %d page templates, want most of the benchmark's 181 pages", m.Templates())
	}
}

// The same seed gives the same bytes whatever the number of workers; another
// seed gives another corpus.
func TestWriteCorpusDeterministic(t *testing.T) {
	for _, format := range []Format{FormatWET, FormatWARC, FormatText} {
		t.Run(string(format), func(t *testing.T) {
			opts := CorpusOptions{Articles: 120, PerFile: 50, Seed: 7, Format: format, Workers: 1}
			a, _ := writeTestCorpus(t, opts)
			opts.Workers = 3
			b, _ := writeTestCorpus(t, opts)
			opts.Seed = 8
			c, _ := writeTestCorpus(t, opts)
			if da, db := digest(t, a), digest(t, b); da != db {
				t.Error("same seed, different workers: corpora differ")
			}
			if digest(t, a) == digest(t, c) {
				t.Error("different seeds: same corpus")
			}
		})
	}
}

// digest concatenates every file of a corpus (page files and truth) in
// path order.
func digest(t *testing.T, dir string) string {
	t.Helper()
	var b bytes.Buffer
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == ".corpus.json" { // .corpus.json holds the time taken
			return err
		}
		data, err := os.ReadFile(p)
		b.WriteString(strings.TrimPrefix(p, dir))
		b.Write(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// Every page written reads back as one capture with its address and date,
// extracts to an article, and the copies come at the asked rate.
// Real page templates (the extraction benchmark's) are checked as well as
// the bundled skeletons.
func TestCorpusReadsBack(t *testing.T) {
	for _, tc := range []struct {
		name     string
		format   Format
		material func(testing.TB) *Material
	}{
		{"wet", FormatWET, testMaterial},
		{"warc", FormatWARC, testMaterial},
		{"txt", FormatText, testMaterial},
		{"warc-benchmark", FormatWARC, benchmarkMaterial},
	} {
		format := tc.format
		t.Run(tc.name, func(t *testing.T) {
			dir, st := writeCorpusFrom(t, tc.material(t), CorpusOptions{Articles: 400, PerFile: 150, Seed: 3, Format: format})
			if st.Articles != 400 || st.Files == 0 || st.PageBytes == 0 {
				t.Fatalf("stats %+v", st)
			}
			if saved, err := ReadCorpusStats(dir); err != nil || saved.Articles != st.Articles {
				t.Fatalf("saved stats %+v, %v", saved, err)
			}
			copies := st.Articles - st.Kinds[kindOriginal]
			if share := float64(copies) / float64(st.Articles); share < 0.15 || share > 0.35 {
				t.Errorf("copies are %.2f of the corpus, want about 0.25", share)
			}
			caps := readCaptures(t, dir)
			n, extracted := len(caps), 0
			for _, c := range caps {
				if format != FormatText && (c.URI == "" || c.FetchedAt.IsZero()) {
					t.Errorf("%s: no address or date", c.Source)
				}
				if _, err := article.Extract(c); err == nil {
					extracted++
				}
			}
			if n != st.Articles {
				t.Errorf("read back %d captures, wrote %d", n, st.Articles)
			}
			if extracted < n*95/100 {
				t.Errorf("%d of %d pages extract to an article", extracted, n)
			}
		})
	}
}

func TestWriteCorpusRefusesBadOptions(t *testing.T) {
	m := testMaterial(t)
	for _, opts := range []CorpusOptions{
		{Articles: 0},
		{Articles: 10, Format: "pdf"},
		{Articles: 10, Order: "sideways"},
	} {
		if _, err := WriteCorpus(context.Background(), t.TempDir(), m, opts); err == nil {
			t.Errorf("options %+v: no error", opts)
		}
	}
	noPages := &Material{runs: m.runs, sentences: m.sentences}
	if _, err := WriteCorpus(context.Background(), t.TempDir(), noPages, CorpusOptions{Articles: 10, Format: FormatWARC}); err == nil {
		t.Error("HTML corpus without templates: no error")
	}
}

// A template keeps the page's furniture and loses its article: the body
// slot replaces the paragraphs, long paragraphs elsewhere go too.
func TestPageTemplate(t *testing.T) {
	article := strings.Repeat("Old article words repeat here to make a long paragraph of text. ", 5)
	page := `<html><head><title>Old title</title><meta property="article:published_time" content="2019-01-01"></head>
<body><nav><a href="/">Home</a></nav><h1>Old headline</h1><div class="story"><p>` + article + `</p><p>` + article + `</p></div>
<aside><p>` + article + `</p><p>Short teaser.</p></aside><footer>Copyright</footer></body></html>`
	tpl, err := newPageTemplate("t.html", page)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	tpl.render(&b, &doc{title: "New <title>", uri: "https://x.example/a", paras: []string{"First & new.", "Second."}})
	out := b.String()
	for _, want := range []string{"<p>First &amp; new.</p>", "<p>Second.</p>", "New &lt;title&gt;", "Short teaser.", ">Home</a>", "Copyright"} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %q:\n%s", want, out)
		}
	}
	for _, gone := range []string{"Old article", "Old title", "Old headline", "2019-01-01", slotMark} {
		if strings.Contains(out, gone) {
			t.Errorf("page still has %q:\n%s", gone, out)
		}
	}
	if _, err := newPageTemplate("empty.html", "<html><body><p>Too short.</p></body></html>"); err == nil {
		t.Error("page without an article container: no error")
	}
}

func TestReword(t *testing.T) {
	g := &generator{m: testMaterial(t)}
	r := newRand(1)
	in := "Officials said the talks were important for both countries."
	out := g.reword(r, in)
	if out == in {
		t.Errorf("reword left %q unchanged", in)
	}
	if !strings.HasPrefix(out, "Authorities") && !strings.HasPrefix(out, "Officials") {
		t.Errorf("reword lost the capital of the first word: %q", out)
	}
}

func TestSlug(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Biden, Kishida hold talks in Tokyo", "biden-kishida-hold-talks-in-tokyo"},
		{"  What's next?  ", "what-s-next"},
		{"one two three four five six seven eight nine ten", "one-two-three-four-five-six-seven-eight"},
		{"", ""},
	} {
		if got := slugOf(c.in, 8); got != c.want {
			t.Errorf("slugOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// readCaptures reads back every capture of the archives or folders in
// paths, failing the test on a read error.
func readCaptures(tb testing.TB, paths ...string) []capture.Capture {
	tb.Helper()
	r := capture.Open(context.Background(), paths)
	defer r.Close()
	var caps []capture.Capture
	for {
		c, err := r.Next()
		if err == io.EOF {
			return caps
		}
		if err != nil {
			tb.Fatalf("read back: %v", err)
		}
		caps = append(caps, c)
	}
}
