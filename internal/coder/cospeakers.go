package coder

import "storyline/internal/event"

// Several sides that say the same thing together ("Both Washington and
// Beijing have urged restraint", "US, China, EU condemn the attack") make
// a joint statement aimed at someone else, or at no one: the speakers are
// not each other's target (fifth pass, precision). Reciprocal acts ("India
// and Canada expelled diplomats", "Russia and Ukraine will swap
// prisoners") are left alone: only acts of speech aimed at a target are
// asked.

// aimedSpeech are the types of a verbal act aimed at a target.
var aimedSpeech = map[string]bool{"REQUEST": true, "ACCUSE": true, "REJECT": true}

// coordinators join the members of a coordinated subject.
var coordinators = map[string]bool{"and": true, ",": true, "both": true, "as": true, "well": true}

// coSpeakers reports a report of an aimed verbal act whose parties are all
// sources, named side by side as the subject before the cue, with no side
// named after it: the sides spoke together and no one is the target.
func coSpeakers(toks []token, cl clause, m match, spans []span, r *report) bool {
	if !aimedSpeech[r.ev.Type] {
		return false
	}
	for _, a := range r.ev.Actors {
		if a.Role != event.RoleSource {
			return false
		}
	}
	var subj []span
	for _, sp := range spans {
		if sp.inherited || sp.start < cl.start {
			continue
		}
		if sp.start >= m.end && sp.start < cl.end && sp.m.Country != "" {
			return false // a side after the cue: a target is named
		}
		if sp.start < m.start && sp.m.Country != "" {
			subj = append(subj, sp)
		}
	}
	countries := map[string]bool{}
	for i, sp := range subj {
		countries[sp.m.Country] = true
		if i == 0 {
			continue
		}
		for k := subj[i-1].end; k < sp.start; k++ {
			if !coordinators[toks[k].lower] && !(articles[toks[k].lower] && k == sp.start-1) {
				return false // not one coordinated subject ("Russia and the Syrian government" is one)
			}
		}
	}
	return len(countries) >= 2
}
