package merge

import (
	"slices"

	"storyline/internal/event"
)

// partyHome says a report puts a meeting or an accord told done in the
// whole country of one of its own parties: a soft place, which sets the
// report apart from no event but, of several it could be, prefers the one
// in that country. The caller asks for the country's own name ("India"),
// not a state or a region of it: "Alaska" and "Siberia" are still two
// places.
//
// News names the parties of a bilateral meeting or deal by their countries
// all through the story ("ties between the UK and India", "cows, considered
// sacred in India", "tourists from the mainland visiting Taiwan"), and a
// report that takes one of those names for the venue puts a summit held at
// Chequers or in Kigali in India. A party's whole country tells little more
// than the parties do; a city, a venue or a third country still sets two
// meetings apart. Only meetings (CONSULT) and accords (AGREE) told done,
// where both parties were at one place: a plan of a visit names where the
// guest will go ("will make his first trip to North Korea", "would visit
// Britain"), and where an attack, a sanction or a protest lands is told by
// the country it names.
func partyHome(e *event.Event, p place) bool {
	if p.name != "" || p.country == "" || (e.Type != "CONSULT" && e.Type != "AGREE") || e.Status != event.Occurred {
		return false
	}
	party, other := false, false
	for _, a := range e.Actors {
		if a.Country != nil && *a.Country != "" {
			party = party || *a.Country == p.country
			other = other || *a.Country != p.country
		}
	}
	return party && other
}

// soft says the report's place is soft (partyHome). Worked out when asked,
// not kept: items are sorted and copied, and a field more would grow them.
func (it item) soft() bool { return it.named == "" && partyHome(&it.r.Event, it.place) }

// placeFits says whether the report's place lets it join c: a compatible
// place, or a soft one (partyHome).
func placeFits(it item, c *cluster) bool {
	return compatible(it.place, c.place()) || it.soft()
}

// preferPlace keeps, of several events a report with a soft place could
// join, those at a place compatible with it, when there are any.
func preferPlace(it item, cands []*cluster) []*cluster {
	if !it.soft() || len(cands) < 2 {
		return cands
	}
	at := slices.DeleteFunc(slices.Clone(cands), func(c *cluster) bool { return !compatible(it.place, c.place()) })
	if len(at) == 0 {
		return cands
	}
	return at
}
