// Package extractbench measures article extraction against a benchmark of
// news pages with gold bodies (the Scrapinghub/Zyte article extraction
// benchmark layout: html/ID.html.gz and ground-truth.json).
//
// It takes the benchmark folder and gives precision, recall and F1 by the
// published metric — lowercase \w+ tokens, multisets of 4-word shingles per
// page, precision and recall per page averaged over pages, F1 from the two
// averages — and the extraction speed.
package extractbench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"time"
	"unicode"

	"storyline/internal/capture"
)

// Page is one benchmark page with its gold body.
type Page struct {
	ID   string
	Path string // html/ID.html.gz
	URL  string
	Gold string
}

// PageScore is the score of one page.
type PageScore struct {
	ID                string
	Precision, Recall float64
	Err               error
}

// Report is the result of one run over a benchmark.
type Report struct {
	Pages             int
	Failed            int // pages that gave no article (scored 0)
	Precision, Recall float64
	F1                float64
	Elapsed           time.Duration
	CPU               time.Duration // user+system time of the process while extracting
	Bytes             int64         // HTML bytes extracted
	Workers           int
	PerPage           []PageScore
	Kinds             map[string]int // pages of each kind (article.Article.Kind)
}

// PagesPerSecond is the throughput of the run.
func (r Report) PagesPerSecond() float64 { return float64(r.Pages) / r.Elapsed.Seconds() }

// PagesPerCPUSecond is the throughput per second of CPU time: on a shared,
// loaded machine it is steadier than PagesPerSecond.
func (r Report) PagesPerCPUSecond() float64 { return float64(r.Pages) / r.CPU.Seconds() }

// cpuTime is the process's user+system time so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Load reads the benchmark's gold file and lists its pages in ID order.
func Load(dir string) ([]Page, error) {
	data, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("load benchmark: %w", err)
	}
	var gold map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		return nil, fmt.Errorf("load benchmark %s: %w", filepath.Join(dir, "ground-truth.json"), err)
	}
	pages := make([]Page, 0, len(gold))
	for id, g := range gold {
		pages = append(pages, Page{ID: id, Path: filepath.Join(dir, "html", id+".html.gz"), URL: g.URL, Gold: g.ArticleBody})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// ReadPages reads the pages' HTML into memory (so that timing measures
// extraction, not disk), each capture carrying its page's URL. Pages that
// cannot be read are left out; they score as failed in Run.
func ReadPages(ctx context.Context, pages []Page) ([]capture.Capture, int64, error) {
	byPath := make(map[string]Page, len(pages))
	paths := make([]string, len(pages))
	for i, p := range pages {
		paths[i] = p.Path
		byPath[p.Path] = p
	}
	caps, err := ReadCaptures(ctx, paths)
	if err != nil {
		return nil, 0, err
	}
	var bytesIn int64
	for i := range caps {
		caps[i].URI = byPath[caps[i].Source].URL
		bytesIn += int64(len(caps[i].Body))
	}
	return caps, bytesIn, nil
}

// Run extracts every page with workers goroutines (0 = GOMAXPROCS) and
// scores the bodies against the gold.
func Run(ctx context.Context, pages []Page, workers int) (Report, error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	caps, bytesIn, err := ReadPages(ctx, pages)
	if err != nil {
		return Report{}, err
	}

	rep := Report{Pages: len(pages), Workers: workers, Bytes: bytesIn}
	start := time.Now()
	arts, cpu, err := ExtractAll(ctx, caps, workers)
	if err != nil {
		return Report{}, err
	}
	rep.Elapsed, rep.CPU = time.Since(start), cpu
	got := map[string]string{}
	kinds := map[string]int{}
	for src, a := range arts {
		got[src] = a.Body
		kinds[a.Kind]++
	}

	scored := score(pages, got)
	scored.Elapsed, scored.CPU, scored.Bytes, scored.Workers = rep.Elapsed, rep.CPU, rep.Bytes, rep.Workers
	scored.Kinds = kinds
	return scored, nil
}

// score compares the bodies extracted, by page path, with the gold.
func score(pages []Page, got map[string]string) Report {
	rep := Report{Pages: len(pages)}
	for _, p := range pages {
		body, ok := got[p.Path]
		ps := PageScore{ID: p.ID}
		if !ok {
			rep.Failed++
			ps.Err = errors.New("no article")
		}
		ps.Precision, ps.Recall = Score(p.Gold, body)
		rep.Precision += ps.Precision
		rep.Recall += ps.Recall
		rep.PerPage = append(rep.PerPage, ps)
	}
	if n := float64(len(pages)); n > 0 {
		rep.Precision /= n
		rep.Recall /= n
	}
	if rep.Precision+rep.Recall > 0 {
		rep.F1 = 2 * rep.Precision * rep.Recall / (rep.Precision + rep.Recall)
	}
	return rep
}

// Score gives the shingle precision and recall of got against gold, as the
// benchmark's reference scorer does: a page with nothing on either side
// scores 1, a page with no shared shingle 0.
func Score(gold, got string) (precision, recall float64) {
	g, p := shingles(gold), shingles(got)
	var tp, fp, fn int
	for s, n := range p {
		m := min(n, g[s])
		tp += m
		fp += n - m
	}
	for s, n := range g {
		fn += max(0, n-p[s])
	}
	if fp == 0 && fn == 0 {
		return 1, 1
	}
	if tp == 0 {
		return 0, 0
	}
	return float64(tp) / float64(tp+fp), float64(tp) / float64(tp+fn)
}

// shingles counts the 4-token shingles of text; a text of fewer than four
// tokens is one shingle of all of them (none when it has no token).
func shingles(text string) map[string]int {
	tokens := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || r == '_' || unicode.Is(unicode.Mn, r))
	})
	out := map[string]int{}
	for i := 0; i < max(1, len(tokens)-3); i++ {
		if s := strings.Join(tokens[i:min(i+4, len(tokens))], " "); s != "" {
			out[s]++
		}
	}
	return out
}
