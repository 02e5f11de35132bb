package coder

import (
	"slices"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Rules of the tenth pass (stop 28) on the side a sentence leaves unnamed
// because the page has named it already.
//
// News names both sides of a story once, in the title and the lead, and
// then writes its acts with one: "Iran fired missiles on Monday" on a page
// about Iran and Israel, "Washington imposed sanctions", "Beijing vowed to
// retaliate against the order". A reader takes the other side from the
// page: the country the page names beside the acting one, sentence after
// sentence.

// pageSideTypes are the acts whose cue leaves no doubt of the act and
// which always fall on a country: sanctions, tariffs, an embargo, a
// consulate ordered closed. "Washington imposed new sanctions on
// Tuesday", "the tariffs take effect on June 1": a reader knows whom they
// fall on from the page. (Completing every act that needs a target, an
// attack, a charge, a threat, a demand, as a reader does, gained on dev
// and lost precision on check: the coder's one-sided acts of those types
// are too often of the wrong type; docs/coding.md, tenth pass.)
var pageSideTypes = map[string]bool{"SANCTION": true}

// pageSides gives an act of pageSideTypes that names one country, X, as
// its only side the country the page pairs with X: the one named in the
// most sentences that also name X, in at least twice as many as any other.
// An act whose pair the page already tells with two sides (events, or
// head: what the title tells, read when the body tells no act with two
// sides) is left as it is. The side added is marked as found on the page
// (event.ActorBasisPage).
func (c *articleCoder) pageSides(events, head []event.Event, sents []nlp.Sentence, ms []actors.Mention) {
	if len(sents) == 0 {
		return
	}
	told := map[string]bool{} // type and pair of the acts told with two sides
	for _, e := range slices.Concat(events, head) {
		if !oneSided(e) {
			told[typePair(e.Type, e.Countries())] = true
		}
	}
	var named [][]string // per sentence, the countries its parties name
	var starts []int     // the sentences' start offsets, for answerSide
	for i, e := range events {
		if e.Type == "REJECT" && oneSided(e) { // "Sweden refused the request" (sides44.go)
			if named == nil {
				named = sentenceCountries(sents, ms)
			}
			if starts == nil {
				for _, s := range sents {
					starts = append(starts, s.Start)
				}
			}
			if other := answerSide(events, i, starts, named); other != "" && !told[typePair(e.Type, []string{onlyCountry(e.Actors), other})] {
				code := other
				events[i].Actors = append(events[i].Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: event.RoleTarget, Basis: event.ActorBasisPage})
				told[typePair(e.Type, []string{onlyCountry(e.Actors), other})] = true
			}
			continue
		}
		if !pageSideTypes[e.Type] && !readinessAct(e) && !summonsOfEnvoy(e) && !aidOnSiteEvent(e) || !oneSided(e) || len(e.Evidence) == 0 || e.Evidence[0].Headline {
			continue
		}
		self := onlyCountry(e.Actors)
		if self == "" || aidOnSiteEvent(e) && aidAtHome(c.a.Body, e, ms, self) {
			continue // "will rebuild the schools in Puebla": at home (aidwork51.go)
		}
		if named == nil {
			named = sentenceCountries(sents, ms)
		}
		other := pagePartner(named, self)
		if other == "" || told[typePair(e.Type, []string{self, other})] || borderChecksUnaimed(e, sents, named, other) {
			continue
		}
		code := other
		events[i].Actors = append(events[i].Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: otherRole(e.Actors[0].Role), Basis: event.ActorBasisPage})
		told[typePair(e.Type, []string{self, other})] = true
	}
}

// typePair is an act's type and its pair of countries as one key: what
// pageSides and headlineSides look up to leave a pair the page tells.
func typePair(typ string, cs []string) string { return typ + " " + pairKey(cs) }

// pairKey is a sorted pair of country codes as one string.
func pairKey(cs []string) string {
	if len(cs) == 2 && cs[1] < cs[0] {
		return cs[1] + " " + cs[0]
	}
	if len(cs) == 2 {
		return cs[0] + " " + cs[1]
	}
	return ""
}

// sentenceCountries lists, per sentence, the countries of the parties it
// names (countries, people, organisations; places are settings), once
// each.
func sentenceCountries(sents []nlp.Sentence, ms []actors.Mention) [][]string {
	out := make([][]string, len(sents))
	mi := 0
	for si, s := range sents {
		for mi < len(ms) && ms[mi].Start < s.Start {
			mi++
		}
		for mj := mi; mj < len(ms) && ms[mj].Start < s.End; mj++ {
			m := ms[mj]
			if m.Country == "" || m.Kind == actors.Place || m.Group {
				continue
			}
			seen := false
			for _, x := range out[si] {
				seen = seen || x == m.Country
			}
			if !seen {
				out[si] = append(out[si], m.Country)
			}
		}
	}
	return out
}

// pagePartner is the country named in the most sentences that name self,
// when it is named in at least twice as many as any other; "" otherwise.
func pagePartner(named [][]string, self string) string {
	count := map[string]int{}
	for _, cs := range named {
		has := false
		for _, x := range cs {
			has = has || x == self
		}
		if !has {
			continue
		}
		for _, x := range cs {
			if x != self {
				count[x]++
			}
		}
	}
	best, second := "", 0
	for x, n := range count {
		switch {
		case n > count[best] || n == count[best] && best != "" && x < best:
			if best != "" && count[best] > second {
				second = count[best]
			}
			best = x
		case n > second:
			second = n
		}
	}
	if best == "" || count[best] < 2*second {
		return ""
	}
	return best
}
