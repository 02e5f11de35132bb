package merge

import (
	"cmp"
	"slices"
	"strings"

	"storyline/internal/event"
)

// build makes one event of the reports of a cluster. Every choice is made
// from the set of reports alone (votes, then fixed tie-breaks), so the same
// reports give the same event in any order.
func build(items []item) event.Event {
	slices.SortFunc(items, func(a, b item) int {
		return cmp.Or(cmp.Compare(a.r.Published, b.r.Published), cmp.Compare(a.r.ArticleID, b.r.ArticleID),
			cmp.Compare(evidenceStart(a.r), evidenceStart(b.r)), cmp.Compare(a.r.Event.ID, b.r.Event.ID))
	})
	first := items[0].r.Event
	minID := first.ID
	for _, it := range items {
		minID = min(minID, it.r.Event.ID)
	}
	e := event.Event{
		ID:       hashID("e", minID),
		Type:     first.Type,
		Mode:     pickMode(items),
		Status:   pickStatus(items),
		Date:     pickDate(items),
		Location: pickLocation(items),
		Actors:   mergeActors(items),
		Topics:   []string{},
		Evidence: []event.Evidence{},
	}
	roots := map[string]bool{}
	for _, it := range items {
		r := it.r
		e.Confidence = max(e.Confidence, r.Event.Confidence)
		e.Topics = append(e.Topics, r.Event.Topics...)
		root := cmp.Or(r.Root, r.ArticleID)
		roots[root] = true
		for _, ev := range r.Event.Evidence {
			ev.ArticleID = cmp.Or(ev.ArticleID, r.ArticleID)
			ev.URI = cmp.Or(ev.URI, r.URI)
			ev.Published = cmp.Or(ev.Published, r.Published)
			ev.Status = cmp.Or(ev.Status, r.Event.Status)
			e.Evidence = append(e.Evidence, ev)
		}
	}
	slices.Sort(e.Topics)
	e.Topics = slices.Compact(e.Topics)
	e.Sources = len(roots)
	return e
}

func evidenceStart(r *Report) int {
	if len(r.Event.Evidence) == 0 {
		return -1
	}
	return r.Event.Evidence[0].Start
}

// pickStatus: a later report that the event happened wins over earlier plans;
// a cancellation counts only when nobody reports it happening.
func pickStatus(items []item) event.Status {
	seen := map[event.Status]bool{}
	for _, it := range items {
		seen[it.r.Event.Status] = true
	}
	for _, s := range []event.Status{event.Occurred, event.Cancelled, event.Planned} {
		if seen[s] {
			return s
		}
	}
	return event.Unknown
}

// modeOrder breaks ties between equally reported modes: the richer
// description of the same meeting first.
var modeOrder = []string{"visit", "meet", "multilateral", "virtual", "phone"}

func pickMode(items []item) string {
	votes := map[string]int{}
	for _, it := range items {
		if m := it.r.Event.Mode; m != "" {
			votes[m]++
		}
	}
	return best(votes, func(a, b string) int {
		ia, ib := slices.Index(modeOrder, a), slices.Index(modeOrder, b)
		if ia < 0 {
			ia = len(modeOrder)
		}
		if ib < 0 {
			ib = len(modeOrder)
		}
		return cmp.Or(cmp.Compare(ia, ib), strings.Compare(a, b))
	})
}

// best returns the key with most votes, ties broken by less; "" for none.
func best[K comparable](votes map[K]int, less func(a, b K) int) K {
	var top K
	n := -1
	for k, v := range votes {
		if v > n || (v == n && less(k, top) < 0) {
			top, n = k, v
		}
	}
	return top
}

var (
	basisRank = map[event.Basis]int{event.BasisExplicit: 0, event.BasisRelative: 1, event.BasisPublication: 2}
	grainRank = map[event.Grain]int{event.GrainDay: 0, event.GrainRange: 1, event.GrainWeek: 2, event.GrainMonth: 3, event.GrainYear: 4}
)

func rank[K comparable](m map[K]int, k K) int {
	if r, ok := m[k]; ok {
		return r
	}
	return len(m)
}

// pickDate takes the most precise date any report gives (explicit before
// relative before publication, day before range before week ...), the one
// most reports give among those, then the earliest.
func pickDate(items []item) *event.Date {
	votes := map[event.Date]int{} // by the days, grain and basis: not how the day was found
	// The day a measure comes into force, and a retelling's publication,
	// date the event only when nothing else does.
	later := !slices.ContainsFunc(items, func(it item) bool { return !it.dateAside() && it.r.Event.Date != nil })
	for _, it := range items {
		if d := it.r.Event.Date; d != nil && (later || !it.dateAside()) {
			k := *d
			k.Reference = ""
			votes[k]++
		}
	}
	if len(votes) == 0 {
		return nil
	}
	minBasis, minGrain := len(basisRank), len(grainRank)
	for k := range votes {
		b, g := rank(basisRank, k.Basis), rank(grainRank, k.Grain)
		if b < minBasis || (b == minBasis && g < minGrain) {
			minBasis, minGrain = b, g
		}
	}
	top := map[event.Date]int{}
	for k, v := range votes {
		if rank(basisRank, k.Basis) == minBasis && rank(grainRank, k.Grain) == minGrain {
			top[k] = v
		}
	}
	d := best(top, func(a, b event.Date) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	// How its day was found, as most of the reports giving it say.
	refs := map[event.Reference]int{}
	for _, it := range items {
		if r := it.r.Event.Date; r != nil && r.Start == d.Start && r.End == d.End && r.Grain == d.Grain && r.Basis == d.Basis {
			refs[r.Reference]++
		}
	}
	d.Reference = best(refs, func(a, b event.Reference) int { return cmp.Compare(a, b) })
	return &d
}

// pickLocation takes the most specific place reported, most reported first.
func pickLocation(items []item) *event.Location {
	type key struct{ name, country string }
	votes := map[key]int{}
	spec := map[key]int{}
	for _, it := range items {
		l := it.r.Event.Location
		if l == nil {
			continue
		}
		k := key{name: l.Name}
		if l.Country != nil {
			k.country = *l.Country
		}
		votes[k]++
		spec[k] = it.place.specificity()
	}
	if len(votes) == 0 {
		return nil
	}
	top := 0
	for q := range votes {
		top = max(top, spec[q])
	}
	only := map[key]int{}
	for q, v := range votes {
		if spec[q] == top {
			only[q] = v
		}
	}
	k := best(only, func(a, b key) int {
		return cmp.Or(strings.Compare(a.name, b.name), strings.Compare(a.country, b.country))
	})
	l := &event.Location{Name: k.name}
	if k.country != "" {
		c := k.country
		l.Country = &c
	}
	// The coordinates of the chosen place come with it from a report.
	for _, it := range items {
		if r := it.r.Event.Location; r != nil && r.Lat != nil && r.Name == l.Name && ptrEq(r.Country, l.Country) {
			l.Lat, l.Lon, l.GeoNamesID = r.Lat, r.Lon, r.GeoNamesID
			break
		}
	}
	return l
}

func ptrEq(a, b *string) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// mergeActors takes the union of the reports' actors, one per name and
// country; a role the reports disagree on becomes participant; the title most
// reports give is kept.
func mergeActors(items []item) []event.Actor {
	type key struct{ name, country string }
	var order []key
	actors := map[key]*event.Actor{}
	titles := map[key]map[string]int{}
	for _, it := range items {
		for _, a := range it.r.Event.Actors {
			k := key{name: strings.ToLower(a.Name)}
			if a.Country != nil {
				k.country = *a.Country
			}
			if k.name == "" && a.Title != nil {
				k.name = "title:" + strings.ToLower(*a.Title)
			}
			if _, ok := actors[k]; !ok {
				c := a
				c.Title = nil
				actors[k] = &c
				titles[k] = map[string]int{}
				order = append(order, k)
			} else if actors[k].Role != a.Role {
				actors[k].Role = event.RoleParticipant
			}
			if a.Basis == "" {
				actors[k].Basis = "" // a report whose sentence names the side
			}
			if a.Title != nil {
				titles[k][*a.Title]++
			}
			if actors[k].Sector == "" {
				actors[k].Sector = a.Sector
			}
		}
	}
	out := make([]event.Actor, 0, len(order))
	for _, k := range order {
		a := *actors[k]
		if t := best(titles[k], strings.Compare); t != "" {
			a.Title = &t
		}
		out = append(out, a)
	}
	return out
}
