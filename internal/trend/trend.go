// Package trend tells how the relations of a pair of countries move over
// time: it takes the store's event counts by period, type and mode and
// gives, for every month (or year) from the first to the last, the events in
// each of PLOVER's quad categories — verbal and material cooperation,
// verbal and material conflict.
package trend

import (
	"context"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"time"

	"storyline/internal/plover"
	"storyline/internal/store"
)

// Point is the events of one period by quad category.
type Point struct {
	Period              string `json:"period"` // "2024-07" by month, "2024" by year
	VerbalCooperation   int    `json:"verbal_cooperation"`
	MaterialCooperation int    `json:"material_cooperation"`
	VerbalConflict      int    `json:"verbal_conflict"`
	MaterialConflict    int    `json:"material_conflict"`
	Other               int    `json:"other"` // types with no quad category
	Total               int    `json:"total"`
}

// Count is the events of one category.
func (p *Point) Count(q plover.Quad) int {
	switch q {
	case plover.VerbalCooperation:
		return p.VerbalCooperation
	case plover.MaterialCooperation:
		return p.MaterialCooperation
	case plover.VerbalConflict:
		return p.VerbalConflict
	case plover.MaterialConflict:
		return p.MaterialConflict
	}
	return p.Other
}

func (p *Point) add(q plover.Quad, n int) {
	switch q {
	case plover.VerbalCooperation:
		p.VerbalCooperation += n
	case plover.MaterialCooperation:
		p.MaterialCooperation += n
	case plover.VerbalConflict:
		p.VerbalConflict += n
	case plover.MaterialConflict:
		p.MaterialConflict += n
	default:
		p.Other += n
	}
	p.Total += n
}

// Series is the points of every period from the first dated event the
// filter selects to the last, empty periods included.
type Series struct {
	Pair    []string `json:"pair"` // the countries of the filter, [] when none
	By      string   `json:"by"`   // month or year
	Periods []Point  `json:"periods"`
}

// maxPeriods bounds a series: a century of months.
const maxPeriods = 1200

// Build counts the events f selects by period (by "month" or "year").
func Build(ctx context.Context, st *store.Store, f store.Filter, by string) (Series, error) {
	counts, err := st.CountByPeriod(ctx, f, by)
	if err != nil {
		return Series{}, err
	}
	pair := f.Pair
	if pair == nil {
		pair = []string{}
	}
	points, err := Fold(counts, by)
	return Series{Pair: pair, By: by, Periods: points}, err
}

// Fold sums counts (in period order, as CountByPeriod gives them) into one
// point a period, with the periods between them that have no events.
func Fold(counts []store.PeriodCount, by string) ([]Point, error) {
	layout := map[string]string{"month": "2006-01", "year": "2006"}[by]
	if layout == "" {
		return nil, fmt.Errorf("fold counts by %q: want month or year", by)
	}
	out := []Point{}
	var last time.Time
	for _, c := range counts {
		t, err := time.Parse(layout, c.Period)
		if err != nil {
			return nil, fmt.Errorf("fold counts: period %q is not a %s", c.Period, by)
		}
		if len(out) == 0 || t.After(last) {
			// Fill the gap up to t with empty periods.
			for len(out) > 0 && last.Before(t) {
				if last = step(last, by); last.Before(t) {
					out = append(out, Point{Period: last.Format(layout)})
				}
				if len(out) > maxPeriods {
					return nil, fmt.Errorf("fold counts: more than %d periods from %s to %s", maxPeriods, out[0].Period, c.Period)
				}
			}
			out = append(out, Point{Period: c.Period})
			last = t
		} else if t.Before(last) {
			return nil, fmt.Errorf("fold counts: period %s after %s, want period order", c.Period, last.Format(layout))
		}
		out[len(out)-1].add(plover.QuadOf(c.Type, c.Mode), c.Events)
	}
	return out, nil
}

func step(t time.Time, by string) time.Time {
	if by == "year" {
		return t.AddDate(1, 0, 0)
	}
	return t.AddDate(0, 1, 0)
}

// CSVHeader is the first row WriteCSV writes.
var CSVHeader = []string{"period", "verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict", "other", "total"}

// WriteCSV writes a series as CSV, a row a period.
func WriteCSV(w io.Writer, s Series) error {
	cw := csv.NewWriter(w)
	cw.Write(CSVHeader)
	for _, p := range s.Periods {
		cw.Write([]string{p.Period, strconv.Itoa(p.VerbalCooperation), strconv.Itoa(p.MaterialCooperation),
			strconv.Itoa(p.VerbalConflict), strconv.Itoa(p.MaterialConflict), strconv.Itoa(p.Other), strconv.Itoa(p.Total)})
	}
	cw.Flush()
	return cw.Error()
}
