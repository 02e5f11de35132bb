package coder

import "storyline/internal/actors"

// Twenty-third pass (stop 41), headlines and official statements written
// by hand.

// mutualCharge reports a charge two subjects make against each other:
// "Armenia and Azerbaijan accused each other of shelling", "India and
// Pakistan traded accusations", "China, Philippines trade barbs over shoal".
// News tells a quarrel of two sides this way in the lead and, with the
// comma for "and", in the headline; the sides named together are then
// each the other's target, not co-speakers aimed at no one (coSpeakers).
func mutualCharge(toks []token, m match) bool {
	if m.cue.Type != "ACCUSE" {
		return false
	}
	switch toks[m.head].lower {
	case "trade", "trades", "traded", "trading", "exchange", "exchanges", "exchanged", "exchanging":
		return true
	}
	for i := m.head + 1; i <= m.end; i++ {
		if eachOtherAt(toks, i) {
			return true // "accused each other", "accused one another"
		}
	}
	return false
}

// eachOtherAt reports "each other" or "one another" at token i.
func eachOtherAt(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	a, b := toks[i].lower, toks[i+1].lower
	return a == "each" && (b == "other" || b == "other's") || a == "one" && b == "another"
}

// possessedLeaders gives the token index after each person named right
// after a country's possessive: "Turkey's Erdogan meets Azerbaijan's
// Aliyev", "Brazil's Lula hosts". Headline English names leaders so, and
// the present verb after them is their act; after a place or a thing's
// name ("Israel's Gaza strikes", "the Pahalgam attack") the verb form is an
// act's noun (nameBeforeAct), and there the name is no person.
func possessedLeaders(toks []token, spans []span) map[int]bool {
	var out map[int]bool
	for _, p := range spans {
		if p.m.Kind != actors.Person || p.start < 2 || toks[p.start-1].lower != "'s" {
			continue
		}
		for _, c := range spans {
			if c.end == p.start-1 && c.m.Kind == actors.Country && c.m.Country == p.m.Country {
				if out == nil {
					out = map[int]bool{}
				}
				out[p.end] = true
			}
		}
	}
	return out
}
