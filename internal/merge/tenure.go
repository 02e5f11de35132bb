package merge

import (
	"time"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// limits are what a report's office holders and sides rule out: merging
// with reports naming a holder it clashes with, or its sides the other way
// round, or dated outside [wlo, whi], the days all its office holders served.
type limits struct {
	holders  []holder
	wlo, whi int
	sides    sides
	key      string // holders and sides, to tell limits apart
}

var noLimits = &limits{wlo: -unbounded, whi: unbounded}

func (it item) limits() *limits {
	if it.lim == nil {
		return noLimits
	}
	return it.lim
}

// holder is an office holder a report names: the person, the office's class
// and country, and the days the person held it.
type holder struct {
	name, country, office string
	spans                 [][2]int
}

// CatalogTenures gives an actor's office and the days its holder held it
// from the catalog's people tables.
func CatalogTenures(c *actors.Catalog) func(a event.Actor) (string, [][2]int) {
	return func(a event.Actor) (string, [][2]int) {
		if a.Name == "" || a.Title == nil || *a.Title == "" {
			return "", nil
		}
		country := ""
		if a.Country != nil {
			country = *a.Country
		}
		class, hs := c.Tenure(a.Name, country, *a.Title)
		spans := make([][2]int, 0, len(hs))
		for _, h := range hs {
			s := [2]int{daysOf(h.From), unbounded}
			if !h.To.IsZero() {
				s[1] = daysOf(h.To)
			}
			spans = append(spans, s)
		}
		return class, spans
	}
}

func daysOf(t time.Time) int { return int(t.Sub(epoch).Hours() / 24) }

// tenures finds the office holders a report names and the days in which all
// of them held their offices together: [-unbounded, unbounded] when it names
// none the catalog knows, or when the report's own date says the catalog's
// dates do not cover it (a table may lag behind the news).
func tenures(r *Report, opts Options, start, end int) ([]holder, int, int) {
	lo, hi := -unbounded, unbounded
	if opts.Tenures == nil {
		return nil, lo, hi
	}
	var hs []holder
	for _, a := range r.Event.Actors {
		office, spans := opts.Tenures(a)
		if len(spans) == 0 {
			continue
		}
		h := holder{name: a.Name, office: office, spans: spans}
		if a.Country != nil {
			h.country = *a.Country
		}
		hs = append(hs, h)
		first, last := unbounded, -unbounded
		for _, s := range spans {
			first, last = min(first, s[0]), max(last, s[1])
		}
		lo, hi = max(lo, first), min(hi, last)
	}
	if lo > hi || end < lo || start > hi {
		return hs, -unbounded, unbounded
	}
	return hs, lo, hi
}

// clash says whether two reports name different people in one office of one
// country who never held it together (a handover day aside): they cannot be
// reporting one event.
func clash(a, b []holder) bool {
	for _, x := range a {
		for _, y := range b {
			if x.country != y.country || x.office != y.office || x.name == y.name {
				continue
			}
			together := false
			for _, s := range x.spans {
				for _, t := range y.spans {
					together = together || min(s[1], t[1])-max(s[0], t[0]) >= 1
				}
			}
			if !together {
				return true
			}
		}
	}
	return false
}

// fitsTenures says whether it may join the reports of c: no two of them name
// different holders of one office who never served together or have the
// same countries on opposite sides, and every report's date lies within the
// days all the office holders named served.
func fitsTenures(it item, c *cluster) bool {
	l := it.limits()
	sum := c.summarise()
	if it.lim == nil && !sum.limited {
		return true
	}
	// Items with the same office holders and sides give the same answer.
	for _, o := range sum.kinds {
		if clash(l.holders, o.holders) || reversed(l.sides, o.sides) {
			return false
		}
	}
	lo, hi := max(l.wlo, sum.lo), min(l.whi, sum.hi)
	if lo > hi || it.end < lo || it.start > hi {
		return false
	}
	return sum.n == 0 || (sum.minEnd >= lo && sum.maxStart <= hi)
}

// splitByTenure cuts a cluster whose reports name office holders who could
// not have met, or date the event outside their tenures, or have its sides
// the other way round: reports go, in date order, to the first part they fit.
func splitByTenure(c *cluster) []*cluster {
	named := false
	for _, it := range c.items {
		named = named || it.lim != nil
	}
	if !named {
		return []*cluster{c}
	}
	var parts []*cluster
	for _, it := range c.items {
		var home *cluster
		for _, p := range parts {
			if fitsTenures(it, p) {
				home = p
				break
			}
		}
		if home == nil {
			home = &cluster{start: it.start, end: it.end, chain: c.chain}
			parts = append(parts, home)
		}
		home.items = append(home.items, it)
		home.start, home.end = min(home.start, it.start), max(home.end, it.end)
	}
	return parts
}
