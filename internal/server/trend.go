package server

import (
	"net/http"
	"net/url"
	"slices"
	"time"

	ontology "storyline/internal/plover"
	"storyline/internal/store"
	"storyline/internal/trend"
)

// trendParams are the query parameters of /api/trend: the filters of
// /api/events without paging, and the period.
var trendParams = append(slices.DeleteFunc(slices.Clone(eventParams), func(p string) bool { return p == "limit" || p == "offset" }), "by")

// trendFilter reads the filters and period of a trend query.
func trendFilter(q url.Values, strict bool) (store.Filter, string, error) {
	if err := checkKnown(q, trendParams, strict); err != nil {
		return store.Filter{}, "", err
	}
	by := q.Get("by")
	switch by {
	case "":
		by = "month"
	case "month", "year":
	default:
		return store.Filter{}, "", &paramError{"by", by, "month or year"}
	}
	rest := url.Values{}
	for k, v := range q {
		if k != "by" && k != "limit" && k != "offset" {
			rest[k] = v
		}
	}
	f, err := parseEventFilter(rest, false, 1)
	f.Limit, f.Offset = 0, 0
	return f, by, err
}

// apiTrend answers GET /api/trend: the events the filters select, by month
// or year, in PLOVER's quad categories.
func (s *Server) apiTrend(w http.ResponseWriter, r *http.Request) {
	f, by, err := trendFilter(r.URL.Query(), true)
	if err != nil {
		s.fail(w, r, http.StatusBadRequest, err)
		return
	}
	series, err := trend.Build(r.Context(), s.store, f, by)
	if err != nil {
		s.failStore(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, series)
}

// quadChart is a series drawn as diverging stacked bars: cooperation above
// the middle line, conflict below, verbal nearest the line.
type quadChart struct {
	Width, Height, Mid float64
	First, Last        string
	Bars               []quadBar
	Link               string // the series as JSON
}

type quadBar struct {
	Label string
	Total int
	Parts []quadPart
}

type quadPart struct {
	Class      string // the category, for the stylesheet
	Label      string
	Events     int
	X, Y, W, H float64
}

// drawQuadChart lays out a series; false when it has no events.
func drawQuadChart(s trend.Series, link string) (quadChart, bool) {
	if len(s.Periods) == 0 {
		return quadChart{}, false
	}
	most := 1
	for _, p := range s.Periods {
		most = max(most, p.VerbalCooperation+p.MaterialCooperation, p.VerbalConflict+p.MaterialConflict)
	}
	const w, h, pad = 640.0, 160.0, 4.0
	mid := h / 2
	scale := (mid - pad) / float64(most)
	slot := w / float64(len(s.Periods))
	c := quadChart{Width: w, Height: h, Mid: mid, Link: link,
		First: periodLabel(s.Periods[0].Period, s.By), Last: periodLabel(s.Periods[len(s.Periods)-1].Period, s.By)}
	for i, p := range s.Periods {
		b := quadBar{Label: periodLabel(p.Period, s.By), Total: p.Total}
		x, bw := round1(float64(i)*slot+slot*0.1), round1(max(slot*0.8, 1))
		up, down := mid, mid
		for _, q := range ontology.Quads {
			n := p.Count(q)
			if n == 0 {
				continue
			}
			ph := round1(float64(n) * scale)
			part := quadPart{Class: string(q), Label: q.Label(), Events: n, X: x, W: bw, H: ph}
			if q == ontology.VerbalCooperation || q == ontology.MaterialCooperation {
				up = round1(up - ph)
				part.Y = up
			} else {
				part.Y = down
				down = round1(down + ph)
			}
			b.Parts = append(b.Parts, part)
		}
		c.Bars = append(c.Bars, b)
	}
	return c, true
}

func periodLabel(period, by string) string {
	if by == "month" {
		if t, err := time.Parse("2006-01", period); err == nil {
			return t.Format("January 2006")
		}
	}
	return period
}

// timelineQuads draws the quad chart of the timeline page when its filters
// name a pair of countries; a failure leaves the chart out (and is logged),
// as the events below are still worth showing.
func (s *Server) timelineQuads(r *http.Request, q url.Values, f store.Filter) (quadChart, bool) {
	if len(f.Pair) != 2 {
		return quadChart{}, false
	}
	f.Limit, f.Offset = 0, 0
	series, err := trend.Build(r.Context(), s.store, f, "month")
	if err != nil {
		s.log.Warn("server: count events by month for the timeline", "err", err)
		return quadChart{}, false
	}
	link := url.Values{}
	for k, vals := range q {
		if slices.Contains(trendParams, k) {
			for _, v := range vals {
				if v != "" {
					link.Add(k, v)
				}
			}
		}
	}
	return drawQuadChart(series, "/api/trend?"+link.Encode())
}
