// Command realnews keeps the page texts of the real-news corpus out of the
// repository and brings them back.
//
// The gold files (testdata/realnews/gold/*.json) name each page's address and
// the search query that finds it. A look-up's raw answer, saved as it came
// back (JSON with "query" and "results" of "url" and "excerpt"), is cut into
// one text file per gold page:
//
//	go run ./scripts/realnews cut testdata/realnews/raw/*.json
//	go run ./scripts/realnews missing     # pages without text, and the queries that restore them
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type goldFile struct {
	Docs []struct {
		File   string `json:"file"`
		URL    string `json:"url"`
		Query  string `json:"query"`
		Events []struct {
			Evidence string `json:"evidence"`
		} `json:"events"`
	} `json:"docs"`
}

// page is one gold page file and the evidence phrases its gold quotes.
type page struct {
	file     string
	evidence []string
}

// quoted counts the page's evidence phrases that text holds.
func (p page) quoted(text string) int {
	n := 0
	for _, e := range p.evidence {
		if e != "" && strings.Contains(text, e) {
			n++
		}
	}
	return n
}

type answer struct {
	Query   string `json:"query"`
	Results []struct {
		URL     string `json:"url"`
		Excerpt string `json:"excerpt"`
	} `json:"results"`
}

type key struct{ query, url string }

func main() {
	dir := flag.String("dir", "testdata/realnews", "corpus folder holding gold/ and pages/")
	flag.Usage = func() {
		fmt.Fprintln(os.Stderr, "usage: realnews [-dir DIR] cut RAW.json... | missing")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() < 1 {
		flag.Usage()
		os.Exit(2)
	}
	want, err := loadGold(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "realnews:", err)
		os.Exit(1)
	}
	switch flag.Arg(0) {
	case "cut":
		os.Exit(cut(*dir, want, flag.Args()[1:]))
	case "missing":
		os.Exit(missing(*dir, want))
	default:
		flag.Usage()
		os.Exit(2)
	}
}

// loadGold maps each (query, address) pair of the gold to its page files:
// two groups may hold the same page under their own names.
func loadGold(dir string) (map[key][]page, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "gold", "*.json"))
	if err != nil {
		return nil, err
	}
	want := map[key][]page{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read gold: %w", err)
		}
		var g goldFile
		if err := json.Unmarshal(b, &g); err != nil {
			return nil, fmt.Errorf("parse gold %s: %w", p, err)
		}
		for _, d := range g.Docs {
			pg := page{file: d.File}
			for _, e := range d.Events {
				pg.evidence = append(pg.evidence, e.Evidence)
			}
			k := key{d.Query, d.URL}
			want[k] = append(want[k], pg)
		}
	}
	return want, nil
}

// cut writes the excerpt of every gold page found in the raw answers, byte
// for byte as the look-up returned it. An answer may hold one address twice,
// with two excerpts: the page's text is the one that quotes the most of its
// gold's evidence (the text the gold was coded on), the first on a tie.
func cut(dir string, want map[key][]page, raws []string) int {
	pages := filepath.Join(dir, "pages")
	if err := os.MkdirAll(pages, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "realnews:", err)
		return 1
	}
	status, wrote := 0, 0
	for _, raw := range raws {
		b, err := os.ReadFile(raw)
		if err != nil {
			fmt.Fprintln(os.Stderr, "realnews:", err)
			status = 1
			continue
		}
		var a answer
		if err := json.Unmarshal(b, &a); err != nil {
			fmt.Fprintf(os.Stderr, "realnews: %s: not a look-up answer: %v\n", raw, err)
			status = 1
			continue
		}
		type choice struct {
			text   string
			quoted int
		}
		best := map[string]choice{}
		var files []string
		for _, r := range a.Results {
			for _, pg := range want[key{a.Query, r.URL}] {
				q := pg.quoted(r.Excerpt)
				if b, ok := best[pg.file]; !ok {
					files = append(files, pg.file)
				} else if q <= b.quoted {
					continue
				}
				best[pg.file] = choice{r.Excerpt, q}
			}
		}
		for _, file := range files {
			if err := os.WriteFile(filepath.Join(pages, file), []byte(best[file].text), 0o644); err != nil {
				fmt.Fprintln(os.Stderr, "realnews:", err)
				status = 1
				continue
			}
			wrote++
		}
	}
	fmt.Printf("%d page texts written to %s\n", wrote, pages)
	return status
}

// missing lists the gold pages with no text yet and the queries to run again.
func missing(dir string, want map[key][]page) int {
	queries := map[string][]string{}
	pages := 0
	for k, pgs := range want {
		pages += len(pgs)
		for _, pg := range pgs {
			if _, err := os.Stat(filepath.Join(dir, "pages", pg.file)); err != nil {
				queries[k.query] = append(queries[k.query], pg.file)
			}
		}
	}
	qs := make([]string, 0, len(queries))
	for q := range queries {
		qs = append(qs, q)
	}
	sort.Strings(qs)
	n := 0
	for _, q := range qs {
		sort.Strings(queries[q])
		n += len(queries[q])
		fmt.Printf("%q\t%v\n", q, queries[q])
	}
	fmt.Printf("%d of %d pages missing, %d queries to run\n", n, pages, len(qs))
	return 0
}
