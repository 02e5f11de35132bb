package merge

import (
	"slices"
	"strings"

	"storyline/internal/event"
)

// News tells the storming of an embassy or a consulate in two words: the
// outlets of the crowd's side and the wires write that "protesters stormed
// the consulate" (a protest), the mission's government that its consulate
// was "attacked" and condemns "the attack" (an assault). The two are one
// event, and the reports of each chain apart only because the type is part
// of the group's key (Key). So, once every group is merged, a PROTEST
// event and an ASSAULT event of the same parties, both told done, on days
// a day of slack apart at most, with the same sides (not the one the
// answer of the other) and in one country, join, when neither could join
// another such event (stop 41). The event keeps the type more articles
// tell, PROTEST on a tie (the act the crowd did). An attack and a protest with the sides the other way
// round ("the army fired on the protesters"), told as planned, or days
// apart stay two.

// stormTypes are the two types one storming is told in.
const protestType, assaultType = "PROTEST", "ASSAULT"

// joinStormings joins, in ms, each PROTEST event with the one ASSAULT event
// of its parties that is the same storming, rebuilding the joined event
// from its reports (byID).
func joinStormings(ms []Merged, byID map[string]*Report, opts Options) []Merged {
	// The two types of each pair of parties, so that an event is weighed
	// only against those of its own parties.
	type both struct{ protests, assaults []int }
	byParties := map[string]*both{}
	for i, m := range ms {
		if m.Event.Type != protestType && m.Event.Type != assaultType {
			continue
		}
		k := strings.Join(m.Event.Countries(), ",")
		b := byParties[k]
		if b == nil {
			b = &both{}
			byParties[k] = b
		}
		if m.Event.Type == protestType {
			b.protests = append(b.protests, i)
		} else {
			b.assaults = append(b.assaults, i)
		}
	}
	pairs := map[int][]int{} // protest -> the assaults it may be
	taken := map[int]int{}   // assault -> how many protests it may be
	var protests []int
	for _, b := range byParties {
		for _, p := range b.protests {
			for _, a := range b.assaults {
				if oneStorming(&ms[p].Event, &ms[a].Event, max(opts.SlackDays, 0)) {
					pairs[p] = append(pairs[p], a)
					taken[a]++
				}
			}
			if len(pairs[p]) > 0 {
				protests = append(protests, p)
			}
		}
	}
	if len(protests) == 0 {
		return ms
	}
	drop := map[int]bool{}
	for _, p := range protests {
		if len(pairs[p]) != 1 || taken[pairs[p][0]] != 1 {
			continue
		}
		a := pairs[p][0]
		typ := stormType(ms[p], ms[a], byID)
		ms[p] = rebuild(append(slices.Clone(ms[p].Reports), ms[a].Reports...), byID, opts)
		ms[p].Event.Type = typ
		drop[a] = true
	}
	out := ms[:0]
	for i, m := range ms {
		if !drop[i] {
			out = append(out, m)
		}
	}
	return out
}

// stormType is the type told by more articles of the two events, PROTEST
// on a tie: a storming is the crowd's act, and a strike that a few reports
// misread as a protest stays a strike.
func stormType(p, a Merged, byID map[string]*Report) string {
	articles := func(m Merged) int {
		seen := map[string]bool{}
		for _, id := range m.Reports {
			seen[byID[id].ArticleID] = true
		}
		return len(seen)
	}
	if articles(a) > articles(p) {
		return assaultType
	}
	return protestType
}

// oneStorming says whether a protest and an assault may be the one storming:
// the same parties, both told done, days at most slack apart, the same
// sides (or one naming no source), and no two countries as the place.
func oneStorming(p, a *event.Event, slack int) bool {
	if p.Status != event.Occurred || a.Status != event.Occurred {
		return false
	}
	pc, ac := p.Countries(), a.Countries()
	if len(pc) < 2 || !slices.Equal(pc, ac) {
		return false
	}
	if !daysMeet(p.Date, a.Date, slack) {
		return false
	}
	ps, as := sidesOf(p), sidesOf(a)
	shared := slices.ContainsFunc(ps.sources, func(c string) bool { return slices.Contains(as.sources, c) })
	if reversed(ps, as) || (len(ps.sources) > 0 && len(as.sources) > 0 && !shared) {
		return false
	}
	return p.Location == nil || a.Location == nil || p.Location.Country == nil || a.Location.Country == nil ||
		strings.EqualFold(*p.Location.Country, *a.Location.Country)
}

// daysMeet says whether two dated events' days are at most slack apart.
func daysMeet(x, y *event.Date, slack int) bool {
	if x == nil || y == nil {
		return false
	}
	xs, ok1 := day(x.Start)
	xe, ok2 := day(x.End)
	ys, ok3 := day(y.Start)
	ye, ok4 := day(y.End)
	return ok1 && ok2 && ok3 && ok4 && xs <= ye+slack && ys <= xe+slack
}

// rebuild makes one event of the reports ids.
func rebuild(ids []string, byID map[string]*Report, opts Options) Merged {
	items := make([]item, 0, len(ids))
	for _, id := range ids {
		items = append(items, newItem(byID[id], opts))
	}
	slices.Sort(ids)
	return Merged{Event: build(items), Reports: ids}
}
