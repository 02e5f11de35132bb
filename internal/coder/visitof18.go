package coder

import "storyline/internal/event"

// Eighteenth pass (stop 36): the visitor after "the visit of".
//
// News names a visit by its noun and its visitor in an of-phrase: "the
// two-day visit of the Russian president, Vladimir Putin, to Japan", "the
// mysterious visit of Iranian Foreign Minister Mohammad Javad Zarif". The
// one named after "of" makes the visit, as the one after "by" does ("a
// visit by Xi to Britain"); who is named after the phrase is visited.

// visitorOfRole gives the role of the party at token i when a visit noun
// is followed by "of" ("visit of X to Y"): the visitor in the of-phrase,
// up to a break or the next preposition, is the source, what follows is
// the target. ok is false when no such phrase stands there.
func visitorOfRole(toks []token, m match, i int) (event.Role, bool) {
	if m.cue.Type != "CONSULT" || m.cue.Mode != "visit" || m.end >= len(toks) || i < m.end {
		return "", false
	}
	switch toks[m.end].lower {
	case "of":
		if !visitorNouns[toks[m.start].lower] {
			return "", false
		}
	case "by":
		if !travelNouns[toks[m.start].lower] {
			return "", false // "was visited by": the passive's agent (roleOf)
		}
	default:
		return "", false
	}
	hi := m.end + 1
	for hi < len(toks) && !isBreakPunct(toks[hi].lower) && toks[hi].lower != "." && !agentPhraseEnds[toks[hi].lower] {
		hi++
	}
	if i < hi {
		return event.RoleSource, true
	}
	return event.RoleTarget, true
}

// visitorNouns are the visit nouns whose of-phrase names the visitor; a
// tour's or a trip's names the places ("a tour of Portugal and Holland").
var visitorNouns = map[string]bool{"visit": true, "visits": true}

// travelNouns are the nouns of a journey whose by-phrase names the
// traveller: "a visit by the Indian foreign minister to Nepal", "the
// first trip by a Chinese leader to Italy".
var travelNouns = map[string]bool{"visit": true, "visits": true, "trip": true, "trips": true, "tour": true, "journey": true}

// inVisitorOf reports the party at token i as the visitor of a visit
// noun's of-phrase: a visitor, not the place visited.
func inVisitorOf(toks []token, m match, i int) bool {
	r, ok := visitorOfRole(toks, m, i)
	return ok && r == event.RoleSource
}

// visitedAfterOf reports the party at token i as the place a visit noun's
// of-phrase goes on to: "the visit of X to Japan", Japan at i.
func visitedAfterOf(toks []token, m match, i int) bool {
	r, ok := visitorOfRole(toks, m, i)
	return ok && r == event.RoleTarget && i > 0 && toks[i-1].lower == "to"
}
