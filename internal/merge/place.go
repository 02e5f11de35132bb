package merge

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"storyline/internal/event"
)

// place is where a report puts its event: a country, and a place inside it
// (a city, a venue) when the report names one.
type place struct {
	country string // alpha-3, "" when unknown
	name    string // lower-cased place inside the country, "" for the whole country
}

func placeOf(l *event.Location, opts Options) place {
	if l == nil || !isPlace(l, opts) {
		return place{}
	}
	var p place
	if l.Country != nil {
		p.country = *l.Country
	}
	name := strings.TrimSpace(l.Name)
	whole := name == "" || strings.EqualFold(name, p.country)
	if !whole && opts.IsCountry != nil {
		whole = opts.IsCountry(name, p.country)
	}
	if !whole && opts.Locates != nil {
		// A state or a sea holds many cities: it tells no more than the
		// country it lies in.
		whole = !opts.Locates(name, p.country)
	}
	switch {
	case whole:
	case l.GeoNamesID != nil:
		// Names of one gazetteer place ("the White House", "Washington")
		// are that place: a venue is the city the gazetteer puts it in.
		p.name = "geonames:" + strconv.FormatInt(*l.GeoNamesID, 10)
	default:
		p.name = strings.ToLower(name)
	}
	return p
}

// namedPlace is the place inside a country a location names, lower-cased,
// however vague ("alaska", "anchorage"); "" for none or the whole country.
func namedPlace(l *event.Location, opts Options) string {
	if l == nil || !isPlace(l, opts) {
		return ""
	}
	name, country := strings.TrimSpace(l.Name), ""
	if l.Country != nil {
		country = *l.Country
	}
	if name == "" || strings.EqualFold(name, country) || (opts.IsCountry != nil && opts.IsCountry(name, country)) {
		return ""
	}
	return strings.ToLower(name)
}

func isPlace(l *event.Location, opts Options) bool {
	name := strings.TrimSpace(l.Name)
	return name == "" || opts.IsPlace == nil || opts.IsPlace(name)
}

// specificity orders places: none < a country < a place inside one.
func (p place) specificity() int {
	switch {
	case p.name != "":
		return 2
	case p.country != "":
		return 1
	}
	return 0
}

// compatible says whether two reports' places can be the same event's: a
// city is compatible with the country it lies in and with no place named.
func compatible(a, b place) bool {
	if a.country != "" && b.country != "" && a.country != b.country {
		return false
	}
	if a.name != "" && b.name != "" && a.name != b.name {
		return false
	}
	return true
}

// splitByPlace cuts a chain of overlapping reports at incompatible places:
// ministers meeting in Tokyo and, the same day, in Washington are two events.
// Each distinct most-specific place is an anchor; a report naming a city goes
// to its anchor; a report naming only a country goes to the anchor in that
// country with most reports; a report naming no place, to the anchor with
// most reports overall (ties broken by name, so the result stays
// independent of order) unless its sentence names the place of exactly one
// anchor ("as he visited the president at the White House").
func splitByPlace(c *cluster) []*cluster {
	counts := map[place]int{}
	spoken := map[place][]string{} // the names reports give each place
	strong := map[place]bool{}     // places some report names not softly (partyHome)
	for _, it := range c.items {
		counts[it.place]++
		strong[it.place] = strong[it.place] || !it.soft()
		if it.named != "" && !slices.Contains(spoken[it.place], it.named) {
			spoken[it.place] = append(spoken[it.place], it.named)
		}
	}
	// A soft place is an anchor only when no report names a place firmly.
	firm := false
	for p := range strong {
		firm = firm || p.specificity() > 0
	}
	var anchors []place
	for p := range counts {
		if p.specificity() == 0 || (firm && !strong[p]) {
			continue
		}
		covered := false
		if p.name == "" { // a country with a named place inside it is no anchor
			for q := range counts {
				if q.name != "" && q.country == p.country {
					covered = true
				}
			}
		}
		if !covered {
			anchors = append(anchors, p)
		}
	}
	if len(anchors) <= 1 {
		return []*cluster{c}
	}
	weight := func(p place) int {
		n := 0
		for q, k := range counts {
			if q == p || (q.name == "" && q.country != "" && q.country == p.country) {
				n += k
			}
		}
		return n
	}
	slices.SortFunc(anchors, func(a, b place) int {
		return cmp.Or(cmp.Compare(weight(b), weight(a)), cmp.Compare(a.country, b.country), cmp.Compare(a.name, b.name))
	})
	parts := make([]*cluster, len(anchors))
	for i := range parts {
		parts[i] = &cluster{start: c.end, end: c.start}
	}
	for _, it := range c.items {
		i := slices.Index(anchors, it.place)
		if i < 0 && it.place.specificity() == 0 {
			i = namedIn(it.r, anchors, spoken)
		}
		if i < 0 {
			i = slices.IndexFunc(anchors, func(a place) bool { return compatible(a, it.place) })
		}
		if i < 0 {
			i = 0
		}
		p := parts[i]
		p.items = append(p.items, it)
		p.start = min(p.start, it.start)
		p.end = max(p.end, it.end)
	}
	return slices.DeleteFunc(parts, func(p *cluster) bool { return len(p.items) == 0 })
}

// namedIn returns the index of the one anchor whose place the report's
// sentences name (by a name other reports give it), or -1.
func namedIn(r *Report, anchors []place, spoken map[place][]string) int {
	var text strings.Builder
	for _, ev := range r.Event.Evidence {
		text.WriteString(strings.ToLower(ev.Text))
		text.WriteByte(' ')
	}
	at := -1
	for i, a := range anchors {
		says := slices.ContainsFunc(spoken[a], func(name string) bool {
			return strings.Contains(text.String(), strings.TrimPrefix(name, "the "))
		})
		if a.name == "" || !says {
			continue
		}
		if at >= 0 {
			return -1
		}
		at = i
	}
	return at
}
