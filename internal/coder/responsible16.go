package coder

import "storyline/internal/actors"

// blameOfNonState reports a charge of responsibility written as a
// predicate ("said China was responsible for the cyberattacks") whose
// subject is not a state. News lays blame on a country by naming it
// responsible for a harm; the same words said of a person or an armed
// group ("the Hamas leaders were directly responsible for the massacre",
// "Soleimani was responsible for the deaths") describe why they were
// struck, not a charge one government brings against another.
func blameOfNonState(toks []token, cl clause, m match, spans []span) bool {
	if !predicateCue(toks, m) || toks[m.end-1].lower != "for" || toks[m.end-2].lower != "responsible" {
		return false
	}
	subject := -1
	for i, sp := range spans {
		if sp.start >= cl.start && sp.end <= m.start && (subject < 0 || sp.end > spans[subject].end) {
			subject = i
		}
	}
	return subject < 0 || spans[subject].m.Kind != actors.Country
}
