package coder

import (
	"strings"

	"storyline/internal/event"
)

// Joint satisfaction (stop 45): "The two leaders welcomed the progress
// achieved in other areas of bilateral cooperation", "Both sides hailed
// the growth in trade". Two sides who welcome or praise something
// together, each a subject of the verb and neither its object, voice a
// shared view of a development; neither supports the other. PLOVER's
// SUPPORT is one side's backing of a named other, so a report of it
// whose parties are all the verb's subjects, with no side named after the
// verb, is no event (as coSpeakers holds for joint demands and charges).

// coWelcomers reports a SUPPORT told by a praise verb whose parties are all
// sources of two countries or more, with no side named after the verb in
// the clause.
func coWelcomers(toks []token, cl clause, m match, spans []span, r *report) bool {
	if r.ev.Type != "SUPPORT" || m.noun || m.form == formParticiple && m.start > 0 && passiveBe[toks[m.start-1].lower] {
		return false
	}
	if h := toks[m.head].lower; !strings.HasPrefix(h, "welcom") && !strings.HasPrefix(h, "celebrat") && !isPraise(h) {
		return false // the praise a joint subject voices
	}
	countries := map[string]bool{}
	for _, a := range r.ev.Actors {
		if a.Role != event.RoleSource {
			return false
		}
		if a.Country != nil {
			countries[*a.Country] = true
		}
	}
	// The verb's object runs to ", and" before a second predicate ("...,
	// and reaffirmed their commitment to the India-New Zealand
	// partnership"), whose names are that predicate's.
	objEnd := cl.end
	for k := m.end + 1; k < cl.end; k++ {
		if toks[k].lower == "and" && toks[k-1].lower == "," {
			objEnd = k
			break
		}
	}
	var subj []span
	for _, sp := range spans {
		if sp.start >= m.end && sp.start < objEnd && sp.m.Country != "" {
			return false // "welcomed Kenya's decision": a side after the verb
		}
		if sp.start >= cl.start && sp.start < m.start && sp.m.Country != "" {
			subj = append(subj, sp)
		}
	}
	// The sides named before the verb form one coordinated subject ("Kenya
	// and Tanzania welcomed"), or none is named there ("The two leaders
	// welcomed", the sides the story told); "Kenya considers Morocco's plan
	// ... and welcomes" names the one backed before the verb.
	for i := 1; i < len(subj); i++ {
		for k := subj[i-1].end; k < subj[i].start; k++ {
			if !coordinators[toks[k].lower] {
				return false
			}
		}
	}
	return len(countries) >= 2
}
