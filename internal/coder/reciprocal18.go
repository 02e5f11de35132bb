package coder

import (
	"slices"
	"strings"

	"storyline/internal/event"
)

// Rules of the eighteenth pass (stop 36) on answered measures. News of a
// diplomatic quarrel tells the answer in the words of the act it answers:
// "Algeria ordered 12 French diplomats to leave; France retaliated by
// expelling 12 Algerian diplomats", "Spain expelled three Bolivian
// officials in response". The two acts share their type and their two
// countries, and often a day or no day at all, but the side that acts in
// one is the side acted upon in the other: two events, a measure and the
// answer to it, never one told twice.

// sidesReversed reports two reports of which each one's acting side is
// acted upon in the other and acts in neither: "Algeria expelled French
// diplomats" and "France expelled Algerian diplomats".
func sidesReversed(a, b *report) bool {
	if a.ev.Type != "SANCTION" || !a.answer && !b.answer {
		return false
	}
	sa, ta := roleCountries(&a.ev, event.RoleSource), roleCountries(&a.ev, event.RoleTarget)
	sb, tb := roleCountries(&b.ev, event.RoleSource), roleCountries(&b.ev, event.RoleTarget)
	if len(sa) == 0 || len(sb) == 0 {
		return false
	}
	for _, c := range sa {
		if !slices.Contains(tb, c) || slices.Contains(sb, c) {
			return false
		}
	}
	for _, c := range sb {
		if !slices.Contains(ta, c) || slices.Contains(sa, c) {
			return false
		}
	}
	return true
}

// roleCountries lists the countries of e's actors in role r.
func roleCountries(e *event.Event, r event.Role) []string {
	var out []string
	for _, a := range e.Actors {
		if a.Role == r && a.Country != nil && !slices.Contains(out, *a.Country) {
			out = append(out, *a.Country)
		}
	}
	return out
}

// markAnswers notes the reports whose sentence tells an act as the answer
// to another.
func markAnswers(rs []*report, toks [][]token) {
	for _, r := range rs {
		r.answer = answerTold(toks[r.sentIdx])
	}
}

// answerTold reports the words news uses for a measure answered in kind:
// "retaliated", "in retaliation", "in response", "in return",
// "responded by", "reciprocal", "tit-for-tat", "mirroring", "in kind".
func answerTold(toks []token) bool {
	for i, t := range toks {
		w := t.lower
		switch {
		case strings.HasPrefix(w, "retaliat"), strings.HasPrefix(w, "reciproca"), strings.HasPrefix(w, "mirror"), w == "tit-for-tat", w == "symmetrical":
			return true
		case i > 0 && toks[i-1].lower == "in" && (w == "response" || w == "return" || w == "kind"):
			return true
		case (w == "responded" || w == "responding" || w == "responds") && i+1 < len(toks) && (toks[i+1].lower == "by" || toks[i+1].lower == "to"):
			return true
		}
	}
	return false
}
