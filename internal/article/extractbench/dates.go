package extractbench

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"time"
)

// DatePage is one page of a publication-date set (html/FILE.gz and
// gold.json: {file: {"date": "YYYY-MM-DD" or null, "url": ...}}).
type DatePage struct {
	File, Path, URL, Half string
	Gold                  string // "" when the page states no date
}

// LoadDates reads a publication-date set's gold file, pages in file order.
func LoadDates(dir string) ([]DatePage, error) {
	gf := filepath.Join(dir, "gold.json")
	data, err := os.ReadFile(gf)
	if err != nil {
		return nil, fmt.Errorf("load date set: %w", err)
	}
	var gold map[string]struct {
		Date *string `json:"date"`
		URL  string  `json:"url"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		return nil, fmt.Errorf("load date set %s: %w", gf, err)
	}
	pages := make([]DatePage, 0, len(gold))
	for file, g := range gold {
		p := DatePage{File: file, Path: filepath.Join(dir, "html", file+".gz"), URL: g.URL, Half: Half(HostOf(g.URL))}
		if g.Date != nil {
			p.Gold = *g.Date
		}
		pages = append(pages, p)
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].File < pages[j].File })
	return pages, nil
}

// DateReport counts publication dates against the gold, as the set's
// scorer does: right, wrong (and how many of those one day off), missed
// (none where the gold has one) and invented (one where the gold has none).
type DateReport struct {
	Dated, Right, Wrong, OneDayOff, Missed int
	Undated, Invented                      int
	Misses                                 []string // "file: got X, want Y"
}

// Accuracy is right / pages with a gold date.
func (r DateReport) Accuracy() float64 {
	if r.Dated == 0 {
		return 0
	}
	return float64(r.Right) / float64(r.Dated)
}

// ScoreDates compares the dates found (by page path; "" for none) with the
// gold of the pages keep accepts (all when keep is nil).
func ScoreDates(pages []DatePage, got map[string]string, keep func(DatePage) bool) DateReport {
	var r DateReport
	for _, p := range pages {
		if keep != nil && !keep(p) {
			continue
		}
		d := got[p.Path]
		switch {
		case p.Gold == "":
			r.Undated++
			if d != "" {
				r.Invented++
				r.Misses = append(r.Misses, fmt.Sprintf("%s: invented %s", p.File, d))
			}
		case d == p.Gold:
			r.Dated++
			r.Right++
		case d == "":
			r.Dated++
			r.Missed++
			r.Misses = append(r.Misses, fmt.Sprintf("%s: missed %s", p.File, p.Gold))
		default:
			r.Dated++
			r.Wrong++
			a, errA := time.Parse(time.DateOnly, d)
			b, errB := time.Parse(time.DateOnly, p.Gold)
			if errA == nil && errB == nil && (a.Sub(b) == 24*time.Hour || b.Sub(a) == 24*time.Hour) {
				r.OneDayOff++
			}
			r.Misses = append(r.Misses, fmt.Sprintf("%s: got %s, want %s", p.File, d, p.Gold))
		}
	}
	return r
}
