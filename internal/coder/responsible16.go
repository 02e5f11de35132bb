package coder

import "storyline/internal/actors"

// blameOfNonState reports a charge of responsibility written as a
// predicate ("said China was responsible for the cyberattacks") whose
// subject is not a state. News lays blame on a country by naming it
// responsible for a harm; the same words said of a person or an armed
// group ("the Hamas leaders were directly responsible for the massacre",
// "Soleimani was responsible for the deaths") describe why they were
// struck, not a charge one government brings against another. A subject
// the tables do not read at all is no state either.
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
	if subject < 0 || spans[subject].m.Kind != actors.Country {
		return true
	}
	// The state must be the subject itself, right before the verb: in
	// "the UK and Georgia have exposed that the GRU is responsible" the
	// nearest country is one of the accusers, and the subject a body
	// the tables do not know.
	for i := spans[subject].end; i < m.start; i++ {
		if subjectBreaks[toks[i].lower] {
			return true
		}
	}
	return false
}

// subjectBreaks end the subject of a clause: a country named before one
// of them is not the one the predicate is said of.
var subjectBreaks = map[string]bool{
	"that": true, "which": true, "who": true, ",": true, ";": true, "and": true,
	"have": true, "has": true, "had": true, "said": true, "says": true,
}
