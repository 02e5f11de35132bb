package coder

import "storyline/internal/event"

// A trip told by its stops names each stop after the verb of travel ("is
// also scheduled to visit Uganda and South Africa", "then he goes to South
// Africa from Uganda", "after returning from a three-nation tour of
// Portugal, the United States and Holland"). When the clause names no
// traveller before the verb, every country it names is a stop: the visit is
// of someone the clause leaves out, and the stops do not visit one another
// (sixteenth pass, stop 34). A traveller named before the verb, or carried
// on from the clause before, stands before the cue and keeps the visit; one
// named after it by a person or an office ("On his first visit to Rwanda,
// Prime Minister Narendra Modi will ...", "the third by a sitting U.S.
// president") is the traveller, not a stop.

// stopsOnly reports a visit whose two or more parties are all named after
// the cue as the places the trip goes to, none of them by a person or an
// office.
func stopsOnly(typ string, m match, parties []*party) bool {
	if typ != "CONSULT" || !m.cue.flags.dest || len(parties) < 2 {
		return false
	}
	for _, p := range parties {
		if p.role != event.RoleTarget || p.at < m.end || len(p.people) > 0 || p.title != "" {
			return false
		}
	}
	return true
}
