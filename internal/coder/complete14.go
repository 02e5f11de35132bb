package coder

import (
	_ "embed"
	"slices"
	"sync"

	"storyline/internal/actors"
	"storyline/internal/event"
)

// Rules of the fourteenth pass (stop 32): the one-sided acts of more types
// completed with the side the page names (sides10.go), each kept only when
// a learned check scores it right.
//
// News names both sides in its title and lead and writes many acts with
// one: "Washington imposed new sanctions on Tuesday", "Iran fired missiles
// on Monday", "Beijing demanded an apology". pageSides completes a
// sanction with the country the page pairs with its side; an act of the
// other types that always fall on a party (an attack, a charge, a threat,
// a demand, force, a withdrawal) is completed the same way, but the
// coder's one-sided acts of those types are too often of the wrong type
// (docs/coding.md, tenth pass). So a completed act of completeTypes is
// scored by a logistic model of its own (data/complete.json, over the
// learned filter's features, trained on the dev pages' completed acts by
// scripts/trainfilter) and kept only at or above its threshold; the rules'
// other events are left as they are.

// completeTypes are the types, besides pageSideTypes, whose one-sided acts
// take the page's other side subject to the completion check.
var completeTypes = map[string]bool{"ACCUSE": true, "ASSAULT": true, "COERCE": true, "THREATEN": true, "REQUEST": true, "RETREAT": true}

//go:embed data/complete.json
var completeJSON []byte

var theCompletion = sync.OnceValues(func() (*FilterModel, error) { return parseModel(completeJSON, completeFeatureNames) })

// Completed reports an event one of whose sides the page gave
// (event.ActorBasisPage) and whose type is one the completion check
// judges: the events scripts/trainfilter trains that check on.
func Completed(e event.Event) bool {
	if !completeTypes[e.Type] {
		return false
	}
	for _, a := range e.Actors {
		if a.Basis == event.ActorBasisPage {
			return true
		}
	}
	return false
}

// uncomplete takes back the side the page gave.
func uncomplete(e *event.Event) {
	out := e.Actors[:0]
	for _, a := range e.Actors {
		if a.Basis != event.ActorBasisPage {
			out = append(out, a)
		}
	}
	e.Actors = out
}

// completeFeatures are what the completion check reads of a completed act
// beyond the filter's features: how firmly the page pairs the two sides,
// whether the act's sentences name the side given in any form (an
// adjective, a place: "fired missiles at Israeli towns"), whether they name
// a third country, which side the sentence named, whether the title names
// each side, whether the page tells the pair with two sides in another act.
var completeFeatures = []string{"page.partner_in_sentence", "page.third_in_sentence", "page.partner_share",
	"page.named_source", "page.named_target", "page.self_in_title", "page.partner_in_title", "page.pair_told"}

var completeFeatureNames = slices.Concat(featureNames, completeFeatures)

// CompleteFeatureNames lists the features the completion check reads: the
// filter's and completeFeatures, in the order of the vectors Options.Observe
// receives for a completed act.
func CompleteFeatureNames() []string { return slices.Clone(completeFeatureNames) }

// completionFeatures appends the features of completeFeatures of the
// completed act e to x; named lists each sentence's party countries
// (sentenceCountries).
func (fc *filterContext) completionFeatures(x []float64, e *event.Event, named [][]string, mentions []actors.Mention, title []actors.Mention) []float64 {
	self, partner, selfRole := "", "", event.RoleParticipant
	for _, a := range e.Actors {
		if a.Country == nil || *a.Country == "" {
			continue
		}
		if a.Basis == event.ActorBasisPage {
			partner = *a.Country
		} else {
			self, selfRole = *a.Country, a.Role
		}
	}
	inSent, third := false, false
	for _, v := range e.Evidence {
		if v.Headline || v.Caption {
			continue
		}
		lo, _ := slices.BinarySearchFunc(mentions, v.Start, func(m actors.Mention, t int) int { return m.Start - t })
		for _, m := range mentions[lo:] {
			if m.Start >= v.End {
				break
			}
			switch m.Country {
			case "", self:
			case partner:
				inSent = true
			default:
				third = true
			}
		}
	}
	with, both := 0, 0
	for _, cs := range named {
		s, p := slices.Contains(cs, self), slices.Contains(cs, partner)
		if s {
			with++
			if p {
				both++
			}
		}
	}
	share := 0.0
	if with > 0 {
		share = float64(both) / float64(with)
	}
	told := false
	for j := range fc.events {
		o := &fc.events[j]
		if o.Type != e.Type && pairKey(fc.cs[j]) == pairKey([]string{self, partner}) && !Completed(*o) {
			told = true
		}
	}
	selfT, partnerT := false, false
	for _, m := range title {
		selfT = selfT || m.Country == self
		partnerT = partnerT || m.Country == partner
	}
	return append(x, b2f(inSent), b2f(third), share, b2f(selfRole == event.RoleSource), b2f(selfRole == event.RoleTarget),
		b2f(selfT), b2f(partnerT), b2f(told))
}

// namesInEvidence reports whether the sentences of e name country other
// other than by an adjective ("Israeli towns"): the rules read it there
// and did not make it a party ("if the Moldova situation worsened"), so
// the page does not make it one either.
func namesInEvidence(e event.Event, ms []actors.Mention, other string) bool {
	for _, v := range e.Evidence {
		if v.Headline || v.Caption {
			continue
		}
		lo, _ := slices.BinarySearchFunc(ms, v.Start, func(m actors.Mention, t int) int { return m.Start - t })
		for _, m := range ms[lo:] {
			if m.Start >= v.End {
				break
			}
			if m.Country == other && !m.Adjective {
				return true
			}
		}
	}
	return false
}
