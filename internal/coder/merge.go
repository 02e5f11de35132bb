package coder

import (
	"slices"
	"sort"

	"storyline/internal/event"
)

// grainRank orders date grains from the most precise.
var grainRank = map[event.Grain]int{event.GrainDay: 0, event.GrainRange: 1, event.GrainWeek: 2, event.GrainMonth: 3, event.GrainYear: 4}

// mergeReports merges reports of the same event within one article (the
// headline, the lead and the body often report one meeting three times):
// same type, same countries, compatible status and overlapping or missing
// dates. The merged event keeps the most precise date, every party and
// every evidence sentence.
func mergeReports(rs []*report, before string) []event.Event {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].sent < rs[j].sent })
	var merged []*report
	for _, r := range rs {
		var into *report
		for _, m := range merged {
			if sameEvent(m, r) {
				into = m
				break
			}
		}
		if into == nil {
			r.news = r.ev.Date == nil // pastperiod15.go
			merged = append(merged, r)
			continue
		}
		absorb(into, r)
	}
	merged = absorbPartial(merged)
	newsNotPast(merged, before)        // pastperiod15.go
	newsNotLongPastDay(merged, before) // days44.go
	out := make([]event.Event, 0, len(merged))
	for _, m := range merged {
		m.ev.Confidence = confidence(m)
		out = append(out, m.ev)
	}
	return out
}

// sameEvent reports whether two reports tell of one event. Different
// meetings of the same two countries are told apart by what the text says
// of each: a planned and a past one are two unless their dates say
// otherwise, and so are meetings in different places, in different modes
// (a phone call and a visit), or between different named people.
func sameEvent(a, b *report) bool {
	if a.ev.Type != b.ev.Type || !slices.Equal(a.ev.Countries(), b.ev.Countries()) {
		return false
	}
	if !datedPlanCancelled(a, b) && !undatedPlanOfDated(a, b) {
		if (a.ev.Status == event.Cancelled) != (b.ev.Status == event.Cancelled) {
			return false
		}
		if !statusCompatible(a.ev.Status, b.ev.Status) && (a.ev.Date == nil || b.ev.Date == nil) {
			return false
		}
	}
	if placesDiffer(a.ev.Location, b.ev.Location) || modesDiffer(a, b) || peopleDiffer(a, b) || sidesReversed(a, b) {
		return false
	}
	if a.ev.Date == nil || b.ev.Date == nil {
		return true
	}
	return a.ev.Date.Start <= b.ev.Date.End && b.ev.Date.Start <= a.ev.Date.End || daysOfOneTrip(a, b)
}

// absorbPartial folds a report that names one side of an event into the
// report of the same event that names both: "India struck nine camps in
// Pakistan" and then "The strikes were aimed at terror infrastructure,
// India said" tell one attack, the second with its target left unsaid. The
// one side must play the same part in both (Pakistan shelling India is not
// India's strike on Pakistan), and nothing else may tell them apart.
func absorbPartial(merged []*report) []*report {
	out := merged[:0:0]
	for i, r := range merged {
		cs := r.ev.Countries()
		if len(cs) != 1 {
			out = append(out, r)
			continue
		}
		var into *report
		for j, f := range merged {
			if j != i && len(f.ev.Countries()) >= 2 && partOf(r, f, cs[0]) {
				into = f
				break
			}
		}
		if into == nil {
			out = append(out, r)
			continue
		}
		into.ev.Evidence = append(into.ev.Evidence, r.ev.Evidence...)
		if into.ev.Date == nil {
			into.ev.Date, into.dated = r.ev.Date, r.dated
			into.laterDate = r.sentIdx > into.sentIdx // pastperiod15.go
		}
	}
	for _, r := range out {
		slices.SortStableFunc(r.ev.Evidence, func(a, b event.Evidence) int { return a.Start - b.Start })
	}
	return out
}

// partOf reports whether r, which names only country code, tells part of f.
func partOf(r, f *report, code string) bool {
	if r.ev.Type != f.ev.Type || !slices.Contains(f.ev.Countries(), code) {
		return false
	}
	if (r.ev.Status == event.Cancelled) != (f.ev.Status == event.Cancelled) || !statusCompatible(r.ev.Status, f.ev.Status) {
		return false
	}
	if placesDiffer(r.ev.Location, f.ev.Location) || modesDiffer(r, f) {
		return false
	}
	if r.ev.Date != nil && f.ev.Date != nil && (r.ev.Date.Start > f.ev.Date.End || f.ev.Date.Start > r.ev.Date.End) {
		return false
	}
	role := func(e *event.Event) event.Role {
		for _, a := range e.Actors {
			if a.Country != nil && *a.Country == code {
				return a.Role
			}
		}
		return ""
	}
	ra, rb := role(&r.ev), role(&f.ev)
	return ra == rb || ra == event.RoleParticipant || rb == event.RoleParticipant
}

// placesDiffer reports two venues that cannot be one: in different
// countries, or two different places of which neither is the country.
func placesDiffer(a, b *event.Location) bool {
	if a == nil || b == nil || a.Name == b.Name {
		return false
	}
	if a.Country != nil && b.Country != nil && *a.Country != *b.Country {
		return true
	}
	return false
}

// modesDiffer reports a meeting in one room and one at a distance. ("Hold
// talks" gives the mode meet without saying where the parties sat, so it
// fits either.)
func modesDiffer(a, b *report) bool {
	remote := func(m string) bool { return m == "phone" || m == "virtual" }
	return remote(a.ev.Mode) && b.inPerson || a.inPerson && remote(b.ev.Mode)
}

// peopleDiffer reports two reports that name people of the same country
// with no name in common: "Blinken met Wang" and "Austin met Dong" are two
// meetings of the United States and China.
func peopleDiffer(a, b *report) bool {
	named := func(r *report, code string) []string {
		var out []string
		for _, x := range r.ev.Actors {
			if x.Country != nil && *x.Country == code && !r.standIns[x.Name] {
				out = append(out, x.Name)
			}
		}
		return out
	}
	for _, code := range a.ev.Countries() {
		na, nb := named(a, code), named(b, code)
		if len(na) == 0 || len(nb) == 0 {
			continue
		}
		shared := false
		for _, n := range na {
			if slices.Contains(nb, n) {
				shared = true
			}
		}
		if !shared {
			return true
		}
	}
	return false
}

func absorb(into, r *report) {
	if undatedPlanOfDated(into, r) && into.ev.Date == nil && into.ev.Status == event.Planned {
		into.ev.Status = r.ev.Status // the dated report tells what became of the plan
	}
	if daysOfOneTrip(into, r) && travelVerbs[into.verb] && !travelVerbs[r.verb] {
		into.ev.Date = r.ev.Date // the day of the talks, not of the arrival (mergetrip.go)
	} else if r.ev.Date != nil && (into.ev.Date == nil || grainRank[r.ev.Date.Grain] < grainRank[into.ev.Date.Grain]) {
		into.ev.Date = r.ev.Date
		into.dated = into.dated || r.dated
		// A later sentence's date, or one told in the past perfect ("had
		// been in Lima for the summit in 2018"): the backdrop's, which
		// the news told with no date need not take (pastperiod15.go).
		into.laterDate = r.sentIdx > into.sentIdx || r.earlier
	}
	if into.ev.Status == event.Unknown && !(into.toldDone && r.ev.Status == event.Planned && r.ev.Date == nil) || r.ev.Status == event.Cancelled {
		// (An act told with no tense of its own is done, plans15.go; the
		// plan told beside it does not make it a plan.)
		into.ev.Status = r.ev.Status // a plan told with its cancellation is cancelled
	}
	if into.ev.Mode == "" || into.ev.Mode == "meet" && r.ev.Mode != "" && r.ev.Mode != "meet" {
		into.ev.Mode = r.ev.Mode
	}
	if into.ev.Location == nil {
		into.ev.Location = r.ev.Location
	}
	into.noun = into.noun && r.noun
	into.inPerson = into.inPerson || r.inPerson
	into.parties = max(into.parties, r.parties)
	// Named people replace a bare country; new people join.
	for _, a := range r.ev.Actors {
		into.ev.Actors = addActor(into.ev.Actors, a, into.standIns, r.standIns[a.Name])
	}
	for n := range r.standIns {
		if into.standIns == nil {
			into.standIns = map[string]bool{}
		}
		if slices.ContainsFunc(into.ev.Actors, func(a event.Actor) bool { return a.Name == n }) {
			into.standIns[n] = true
		}
	}
	into.ev.Evidence = append(into.ev.Evidence, r.ev.Evidence...)
}

// addActor adds a to list. standIns names the actors of list that are a
// country standing for its side; aStandIn says a is one.
func addActor(list []event.Actor, a event.Actor, standIns map[string]bool, aStandIn bool) []event.Actor {
	code := ""
	if a.Country != nil {
		code = *a.Country
	}
	for i, b := range list {
		if b.Name == a.Name {
			return list
		}
		// A country standing in for its side gives way to a named person.
		if code != "" && b.Country != nil && *b.Country == code && !aStandIn && standIns[b.Name] {
			list[i] = a
			return list
		}
	}
	// A bare country when the side already has a named person adds nothing.
	if aStandIn && code != "" {
		for _, b := range list {
			if b.Country != nil && *b.Country == code {
				return list
			}
		}
	}
	return append(list, a)
}

// confidence is a simple score of how much the text says, so users can
// filter (docs/coding.md has the scale): a verb cue over a noun, a date
// from the text, two sides or more (weighed most: on unseen news an event
// with one side is mostly a domestic or misread one), a known status, more
// than one sentence reporting it; less for a weak cue ("allow", "support")
// and for an act whose doer the text does not name.
func confidence(r *report) float64 {
	c := 0.4
	if !r.noun {
		c += 0.2
	}
	if r.dated {
		c += 0.1
	}
	if r.parties >= 2 {
		c += 0.2
	}
	if r.ev.Status != event.Unknown {
		c += 0.1
	}
	if len(r.ev.Evidence) > 1 {
		c += 0.05
	}
	if r.weak {
		c -= 0.1
	}
	if !hasSource(r) {
		c -= 0.1
	}
	return max(0.1, min(c, 0.95))
}
