package coder

import "storyline/internal/event"

// The side an act falls on is named as one object: "threatened Russia",
// "struck Yemen and Iran", "warned both the Houthis and their backer, Iran".
// A country named after that object past a new phrase of its own ("a
// warning to Putin: sign a ceasefire with Ukraine", "a tariff threat
// against Russia marks a shift in his support for Ukraine", "shot down
// Russian drones during overnight attacks on Ukraine") is a side of what
// that phrase tells, not a second side the act falls on (eleventh pass).

// objectBreaks open a phrase of its own after an act's object: a preposition
// that joins a new noun, or a mark that opens a new part of the sentence.
var objectBreaks = map[string]bool{
	"with": true, "on": true, "against": true, "for": true, "of": true, "by": true,
	"during": true, "over": true, "about": true, "from": true, "into": true, "to": true,
	"in": true, "at": true, ":": true, "—": true, "–": true, ";": true, "(": true,
}

// oneObject keeps, of a directed act's targets, those named in one list
// with the first target after the cue: a later target whose words since
// the target before hold a preposition, a dash or a colon, or a verb, is
// dropped, when a source is named and another target is left. Targets
// before the cue (a passive's subject) and inherited sides are left as
// they are.
func oneObject(typ string, toks []token, m match, spans []span, parties []*party) []*party {
	if symmetric[typ] || len(parties) < 3 {
		return parties
	}
	source, targets := false, 0
	for _, p := range parties {
		if p.country == "" {
			continue
		}
		switch p.role {
		case event.RoleSource:
			source = true
		case event.RoleTarget:
			targets++
		}
	}
	if !source || targets < 2 {
		return parties
	}
	prevEnd := -1 // the end of the target named last after the cue
	for _, p := range parties {
		if p.role == event.RoleTarget && p.country != "" && p.at < m.start {
			// "Russian drones were shot down by Polish jets during
			// attacks on Ukraine": the passive's subject is the object;
			// a target after the cue joins it only as its list would.
			prevEnd = m.end
		}
	}
	var kept []*party
	for _, p := range parties {
		if p.role != event.RoleTarget || p.country == "" || p.at < m.end {
			kept = append(kept, p)
			continue
		}
		end := spanEndAt(spans, p.at)
		if prevEnd < 0 || end < 0 {
			prevEnd = max(prevEnd, end)
			kept = append(kept, p)
			continue
		}
		if breaksList(toks, prevEnd, p.at) {
			continue // "a warning to Putin: sign a ceasefire with Ukraine"
		}
		prevEnd = end
		kept = append(kept, p)
	}
	return kept
}

// spanEndAt is the end of the span that starts at i, or -1.
func spanEndAt(spans []span, i int) int {
	for _, sp := range spans {
		if sp.start == i && sp.end > sp.start {
			return sp.end
		}
	}
	return -1
}

// breaksList reports a preposition, a dash, a colon or a verb between two
// names (tokens [from, to)).
func breaksList(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks); k++ {
		w := toks[k].lower
		if objectBreaks[w] {
			return true
		}
		if isLowerWord(toks[k].text) && pastForm(w) {
			return true
		}
	}
	return false
}
