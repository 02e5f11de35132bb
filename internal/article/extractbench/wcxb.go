package extractbench

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"

	"storyline/internal/article"
	"storyline/internal/capture"
)

// WCXBPage is one page of a WCXB subset (html/ID.html.gz,
// ground-truth/ID.json, types.tsv): its type, its site's half and its gold.
type WCXBPage struct {
	ID, Type, Domain, Half string
	Path                   string // html/ID.html.gz
	URL                    string
	Gold                   string
	Published              string // gold publication date, "" when the page has none
}

// LoadWCXB reads a WCXB subset's types.tsv and gold files.
func LoadWCXB(dir string) ([]WCXBPage, error) {
	f, err := os.Open(filepath.Join(dir, "types.tsv"))
	if err != nil {
		return nil, fmt.Errorf("load WCXB subset: %w", err)
	}
	defer f.Close()
	var pages []WCXBPage
	sc := bufio.NewScanner(f)
	for line := 0; sc.Scan(); line++ {
		cols := strings.Split(sc.Text(), "\t")
		if line == 0 || len(cols) < 3 {
			continue // header
		}
		p := WCXBPage{ID: cols[0], Type: cols[1], Domain: cols[2], Half: Half(cols[2]),
			Path: filepath.Join(dir, "html", cols[0]+".html.gz")}
		gf := filepath.Join(dir, "ground-truth", p.ID+".json")
		data, err := os.ReadFile(gf)
		if err != nil {
			return nil, fmt.Errorf("load WCXB gold: %w", err)
		}
		var g struct {
			URL         string `json:"url"`
			GroundTruth struct {
				MainContent string  `json:"main_content"`
				PublishDate *string `json:"publish_date"`
			} `json:"ground_truth"`
		}
		if err := json.Unmarshal(data, &g); err != nil {
			return nil, fmt.Errorf("load WCXB gold %s: %w", gf, err)
		}
		p.URL, p.Gold = g.URL, g.GroundTruth.MainContent
		if g.GroundTruth.PublishDate != nil {
			p.Published = *g.GroundTruth.PublishDate
		}
		pages = append(pages, p)
	}
	return pages, sc.Err()
}

// WordScore is one page's score by WCXB's metric.
type WordScore struct {
	ID, Type, Half string
	P, R, F1       float64
}

// ScoreWords gives WCXB's word-level precision, recall and F1: lower-case
// word tokens (letters, digits, underscore) counted as multisets; an empty
// extraction scores 0 (empty gold with empty extraction 1).
func ScoreWords(gold, got string) (p, r, f float64) {
	tok := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
		}) {
			m[w]++
		}
		return m
	}
	g, x := tok(gold), tok(got)
	switch {
	case len(g) == 0 && len(x) == 0:
		return 1, 1, 1
	case len(g) == 0 || len(x) == 0:
		return 0, 0, 0
	}
	shared, ng, nx := 0, 0, 0
	for w, n := range x {
		shared += min(n, g[w])
		nx += n
	}
	for _, n := range g {
		ng += n
	}
	p, r = float64(shared)/float64(nx), float64(shared)/float64(ng)
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return p, r, f
}

// ScoreWCXB scores extracted bodies (by page path) against the gold.
func ScoreWCXB(pages []WCXBPage, bodies map[string]string) []WordScore {
	out := make([]WordScore, len(pages))
	for i, pg := range pages {
		p, r, f := ScoreWords(pg.Gold, bodies[pg.Path])
		out[i] = WordScore{ID: pg.ID, Type: pg.Type, Half: pg.Half, P: p, R: r, F1: f}
	}
	return out
}

// Mean is the mean score of the pages keep accepts.
type Mean struct {
	N        int
	P, R, F1 float64
}

// MeanOf averages the scores that keep accepts (all when keep is nil).
func MeanOf(scores []WordScore, keep func(WordScore) bool) Mean {
	var m Mean
	for _, s := range scores {
		if keep != nil && !keep(s) {
			continue
		}
		m.N++
		m.P += s.P
		m.R += s.R
		m.F1 += s.F1
	}
	if m.N > 0 {
		m.P /= float64(m.N)
		m.R /= float64(m.N)
		m.F1 /= float64(m.N)
	}
	return m
}

// ReadCaptures reads files into memory as captures without addresses, as
// `storyline extract` reads a folder. Unreadable files are left out.
func ReadCaptures(ctx context.Context, paths []string) ([]capture.Capture, error) {
	var caps []capture.Capture
	r := capture.Open(ctx, paths)
	for {
		c, err := r.Next()
		if err == io.EOF {
			return caps, nil
		}
		var ie *capture.InputError
		if errors.As(err, &ie) {
			continue
		} else if err != nil {
			return nil, err
		}
		caps = append(caps, c)
	}
}

// ExtractAll runs the article extractor over caps with workers goroutines
// and gives the articles by source, and the CPU time spent.
func ExtractAll(ctx context.Context, caps []capture.Capture, workers int) (map[string]article.Article, time.Duration, error) {
	got := make(map[string]article.Article, len(caps))
	cpu0 := cpuTime()
	s := article.NewStream(ctx, capture.NewList(caps), workers)
	for {
		a, err := s.Next()
		if err == io.EOF {
			break
		}
		var ie *capture.InputError
		if errors.As(err, &ie) {
			continue
		} else if err != nil {
			return nil, 0, err
		}
		got[a.Source] = a
	}
	return got, cpuTime() - cpu0, nil
}
