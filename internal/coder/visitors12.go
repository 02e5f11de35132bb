package coder

import (
	"slices"

	"storyline/internal/event"
)

// A host receives visitors one by one when the text tells them apart: as
// members of a group ("Xi began welcoming leaders, including Cambodian
// Prime Minister Hun Manet and Egyptian Premier Mostafa Madbouly"), three
// or more, or each with a trip of their own ("Starmer's visit to the White
// House comes a day before Zelensky visits Washington"). Each is a visit
// of that visitor to the host. Two guests hosted together ("hosted the
// leaders of Japan and South Korea at Camp David") may be one three-way
// summit and stay whole, as listed.go leaves two listed partners
// (twelfth pass).

// visitorsOneByOne splits a visit to one host by two visiting countries or
// more, told apart as above in clause cl with cue m, into one visit each;
// any other report is returned whole.
func visitorsOneByOne(r *report, toks []token, cl clause, m match, spans []span) []*report {
	if r.ev.Type != "CONSULT" || r.ev.Mode != "visit" {
		return []*report{r}
	}
	var host string
	var visitors []string
	for _, a := range r.ev.Actors {
		if a.Country == nil || *a.Country == "" {
			continue
		}
		switch a.Role {
		case event.RoleTarget:
			if host != "" && host != *a.Country {
				return []*report{r}
			}
			host = *a.Country
		case event.RoleSource:
			if !slices.Contains(visitors, *a.Country) {
				visitors = append(visitors, *a.Country)
			}
		default:
			return []*report{r}
		}
	}
	if host == "" || len(visitors) < 2 || slices.Contains(visitors, host) || !visitorsApart(toks, cl, spans, visitors) {
		return []*report{r}
	}
	out := make([]*report, 0, len(visitors))
	for _, v := range visitors {
		cp := *r
		cp.ev.Actors = nil
		for _, a := range r.ev.Actors {
			if a.Country != nil && (*a.Country == host || *a.Country == v) {
				cp.ev.Actors = append(cp.ev.Actors, a)
			}
		}
		cp.ev.Evidence = append([]event.Evidence(nil), r.ev.Evidence...)
		cp.parties = 2
		out = append(out, &cp)
	}
	return out
}

// visitorsApart reports visitors the clause tells apart: three or more,
// a list after a group noun and "including", or a trip word between the
// first mention of one visitor and that of the next.
func visitorsApart(toks []token, cl clause, spans []span, visitors []string) bool {
	if len(visitors) >= 3 {
		return true
	}
	for i := cl.start; i < cl.end; i++ {
		if toks[i].lower == "including" && i >= 2 && groupNouns[toks[i-2].lower] {
			return true // "welcoming leaders, including ..."
		}
	}
	first := map[string]int{}
	for _, sp := range spans {
		if sp.start < cl.start || sp.start >= cl.end || !slices.Contains(visitors, sp.m.Country) {
			continue
		}
		if _, ok := first[sp.m.Country]; !ok {
			first[sp.m.Country] = sp.start
		}
	}
	a, aok := first[visitors[0]]
	b, bok := first[visitors[1]]
	if !aok || !bok {
		return false
	}
	for i := min(a, b) + 1; i < max(a, b); i++ {
		if tripWords[toks[i].lower] {
			return true // "Starmer's visit ... before Zelensky visits"
		}
	}
	return false
}
