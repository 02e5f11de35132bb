package coder

import (
	"strings"

	"storyline/internal/actors"
)

// A person welcomed is a guest received, told by name as often as by
// title: "Saudi crown prince welcomes Trump to kingdom", "Xi welcomed Kim
// warmly", "Welcoming the top Chinese leader at the ceremony were ...".
// The welcome is the host's part of a visit, as "welcomed President Putin
// at the airport" is (hospitality.go), not support for the guest
// (eighteenth pass, stop 36). The person is known by the page's mentions;
// a possessive after the name ("welcomed Trump's decision") names what is
// welcomed instead.

// welcomedPersons recodes each verb "welcome" whose object is a person
// named within the next words as the host's welcome of a visitor.
func welcomedPersons(toks []token, matches []match, spans []span) {
	for k, m := range matches {
		if m.cue.Type != "SUPPORT" || m.noun || m.end != m.start+1 || !strings.HasPrefix(toks[m.head].lower, "welcom") {
			continue
		}
		if personObject(toks, m.end, spans) {
			matches[k].cue = hostCue
		}
	}
}

// guestModifiers may stand before the guest's name or title.
var guestModifiers = map[string]bool{
	"the": true, "a": true, "his": true, "her": true, "their": true, "its": true, "our": true,
	"visiting": true, "top": true, "senior": true, "new": true, "former": true, "incoming": true, "fellow": true,
}

// personObject reports a person's mention starting within three words
// after token i, with only a determiner or a word such as "visiting" or
// "top" before it ("the top Chinese leader", "Kim") and no possessive
// after it.
func personObject(toks []token, i int, spans []span) bool {
	for _, sp := range spans {
		if sp.m.Kind != actors.Person || sp.start < i || sp.start > i+3 {
			continue
		}
		if sp.end < len(toks) && toks[sp.end].lower == "'s" {
			return false
		}
		for j := i; j < sp.start; j++ {
			if !guestModifiers[toks[j].lower] {
				return false // "welcomed interests expressed by Liz Truss", "welcomed by the ambassador"
			}
		}
		return true
	}
	return false
}
