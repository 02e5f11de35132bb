package bench

import (
	"bufio"
	"compress/gzip"
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/RadhiFadlillah/whatlanggo"

	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/nlp"
	"storyline/internal/sample"
)

//go:embed data
var dataFiles embed.FS

// Material is what generated articles are made of: runs of prose sentences
// taken from real articles, HTML page templates, and the embedded tables of
// actors, places, event sentences and page furniture.
type Material struct {
	// runs are paragraphs of the source articles as sentence lists;
	// fillers take a few consecutive sentences from one run.
	runs      [][]string
	sentences int
	templates []*pageTemplate

	actors    []actorName
	places    []string
	events    [][2]string // past, planned
	follows   []string
	headlines []string
	synonyms  map[string]string
	furniture map[string][]string // boilerplate by section
	outlets   []string
}

type actorName struct{ first, short, country string }

// MaterialSources says where the material comes from. Any may be left out,
// but a corpus needs prose from at least one, and HTML corpora need page
// templates (Bundled or Pages).
type MaterialSources struct {
	// Bundled adds what the binary carries: the sample captures of
	// `serve --demo`, prose the project wrote (data/prose.txt) and page
	// skeletons it wrote (data/pages/). It needs no file beside the binary.
	Bundled bool
	// Captures is a file or folder of sample captures (text or HTML), such
	// as testdata/seeds; their extracted bodies give prose.
	Captures string
	// Pages is an article-extraction benchmark folder: ground-truth.json
	// gives prose, html/*.html.gz gives page templates.
	Pages string
}

// LoadMaterial reads the sources and the embedded tables.
func LoadMaterial(ctx context.Context, src MaterialSources) (*Material, error) {
	m := &Material{}
	if err := m.loadTables(); err != nil {
		return nil, err
	}
	if src.Bundled {
		if err := m.loadBundled(ctx); err != nil {
			return nil, err
		}
	}
	if src.Captures != "" {
		r := capture.Open(ctx, []string{src.Captures})
		err := m.loadCaptures(r)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("read sample captures %s: %w", src.Captures, err)
		}
	}
	if src.Pages != "" {
		if err := m.loadGroundTruth(filepath.Join(src.Pages, "ground-truth.json")); err != nil {
			return nil, err
		}
		if err := m.loadTemplates(filepath.Join(src.Pages, "html")); err != nil {
			return nil, err
		}
	}
	if m.sentences < 50 {
		return nil, fmt.Errorf("load material: only %d prose sentences (bundled %t, captures %q, pages %q); need at least 50", m.sentences, src.Bundled, src.Captures, src.Pages)
	}
	return m, nil
}

// Sentences is the number of prose sentences available to fillers.
func (m *Material) Sentences() int { return m.sentences }

// Templates is the number of HTML page templates.
func (m *Material) Templates() int { return len(m.templates) }

// loadBundled adds the embedded sample captures, prose and page skeletons.
func (m *Material) loadBundled(ctx context.Context) error {
	samples := sample.Open(ctx)
	err := m.loadCaptures(samples)
	samples.Close()
	if err != nil {
		return fmt.Errorf("read bundled sample captures: %w", err)
	}
	paras, err := readLines("data/prose.txt")
	if err != nil {
		return err
	}
	m.addBody(strings.Join(paras, "\n"))
	pages, err := fs.Glob(dataFiles, "data/pages/*.html")
	if err != nil {
		return fmt.Errorf("list bundled page templates: %w", err)
	}
	for _, p := range pages { // sorted by fs.Glob
		data, err := dataFiles.ReadFile(p)
		if err != nil {
			return fmt.Errorf("read bundled page template %s: %w", p, err)
		}
		t, err := newPageTemplate(path.Base(p), string(data))
		if err != nil {
			return fmt.Errorf("bundled page template: %w", err)
		}
		m.templates = append(m.templates, t)
	}
	return nil
}

// loadCaptures adds the prose of every capture of a stream that extracts
// to an article.
func (m *Material) loadCaptures(r interface {
	Next() (capture.Capture, error)
}) error {
	for {
		c, err := r.Next()
		if err == io.EOF {
			return nil
		}
		var ie *capture.InputError
		if errors.As(err, &ie) {
			continue // a bad sample is no reason to stop; it just adds nothing
		}
		if err != nil {
			return err
		}
		a, err := article.Extract(c)
		if err != nil {
			continue
		}
		m.addBody(a.Body)
	}
}

func (m *Material) loadGroundTruth(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read extraction gold: %w", err)
	}
	var gold map[string]struct {
		Body string `json:"articleBody"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		return fmt.Errorf("parse extraction gold %s: %w", path, err)
	}
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	slices.Sort(ids) // map order must not leak into the corpus
	for _, id := range ids {
		m.addBody(gold[id].Body)
	}
	return nil
}

// addBody keeps each paragraph's prose sentences: whole sentences of a
// readable length, none cut off by the source ("...").
func (m *Material) addBody(body string) {
	if whatlanggo.DetectLang(body) != whatlanggo.Eng {
		return // the benchmark holds pages in other languages; news here is English
	}
	for para := range strings.SplitSeq(body, "\n") {
		var run []string
		for _, s := range nlp.Split(para) {
			t := strings.TrimSpace(s.Text)
			words := len(strings.Fields(t))
			if words < 6 || words > 70 || strings.HasSuffix(t, "...") || strings.HasSuffix(t, "…") {
				continue
			}
			if !strings.ContainsAny(t[len(t)-1:], ".!?\"”’") {
				continue
			}
			run = append(run, t)
		}
		if len(run) > 0 {
			m.runs = append(m.runs, run)
			m.sentences += len(run)
		}
	}
}

func (m *Material) loadTables() error {
	rows, err := readTable("data/actors.tsv", 3)
	if err != nil {
		return err
	}
	for _, r := range rows {
		m.actors = append(m.actors, actorName{r[0], r[1], r[2]})
	}
	if rows, err = readTable("data/events.tsv", 2); err != nil {
		return err
	}
	for _, r := range rows {
		m.events = append(m.events, [2]string{r[0], r[1]})
	}
	if m.places, err = readLines("data/places.txt"); err != nil {
		return err
	}
	if m.follows, err = readLines("data/follow.txt"); err != nil {
		return err
	}
	if m.headlines, err = readLines("data/headlines.txt"); err != nil {
		return err
	}
	if rows, err = readTable("data/synonyms.tsv", 2); err != nil {
		return err
	}
	m.synonyms = make(map[string]string, len(rows))
	for _, r := range rows {
		m.synonyms[r[0]] = r[1]
	}
	if m.furniture, err = readSections("data/boilerplate.txt", "nav", "share", "related", "end", "byline"); err != nil {
		return err
	}
	names, err := readSections("data/outlets.txt", "place", "title")
	if err != nil {
		return err
	}
	for _, p := range names["place"] {
		for _, t := range names["title"] {
			m.outlets = append(m.outlets, "The "+p+" "+t)
		}
	}
	return nil
}

// readSections gives the lines of an embedded file by "[section]", and
// checks that the named sections have lines.
func readSections(name string, want ...string) (map[string][]string, error) {
	lines, err := readLines(name)
	if err != nil {
		return nil, err
	}
	out := map[string][]string{}
	section := ""
	for _, l := range lines {
		if strings.HasPrefix(l, "[") && strings.HasSuffix(l, "]") {
			section = l[1 : len(l)-1]
			continue
		}
		out[section] = append(out[section], l)
	}
	for _, s := range want {
		if len(out[s]) == 0 {
			return nil, fmt.Errorf("read %s: section [%s] is empty", name, s)
		}
	}
	return out, nil
}

// readLines gives the non-empty, non-comment lines of an embedded file.
func readLines(name string) ([]string, error) {
	f, err := dataFiles.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", name, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read %s: no lines", name)
	}
	return out, sc.Err()
}

// readTable gives the rows of an embedded tab-separated file after its
// header line, each with exactly cols fields.
func readTable(name string, cols int) ([][]string, error) {
	lines, err := readLines(name)
	if err != nil {
		return nil, err
	}
	var rows [][]string
	for i, l := range lines[1:] {
		f := strings.Split(l, "\t")
		if len(f) != cols {
			return nil, fmt.Errorf("read %s: row %d has %d fields, want %d", name, i+1, len(f), cols)
		}
		rows = append(rows, f)
	}
	return rows, nil
}

// readGzip reads a whole gzip file.
func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}
