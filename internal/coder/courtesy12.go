package coder

import "strings"

// Rules of the twelfth pass (stop 30) on courtesy. News tells the
// politeness between governments beside their acts: a leader thanks
// another for an act ("thanked Obama for lifting the embargo", "expressed
// gratitude to Turkey for hosting the talks"), congratulates him on an
// office or a success, and a host gives a welcoming banquet. The act
// thanked for is the event, told in its own sentence or credited
// (releaseCredited); the thanks or the congratulations are no support
// between the two sides. The sixth pass dropped thanks for hospitality
// only (courtesyThanks).

// gratitudeNouns are what a speaker expresses when thanking.
var gratitudeNouns = map[string]bool{"gratitude": true, "appreciation": true, "thanks": true}

// givesThanks reports a SUPPORT cue of thanks or congratulations: a verb
// "thank" or "congratulate" ("thanked Malaysia for its mediation",
// "congratulated Xi on his re-election"), or "expressed (his) gratitude",
// "expressed appreciation". "Thanks to" (because of) never reaches here.
func givesThanks(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" {
		return false
	}
	head := toks[m.head].lower
	if !m.noun && (strings.HasPrefix(head, "thank") || strings.HasPrefix(head, "congratulat")) {
		return true
	}
	if !strings.HasPrefix(head, "express") {
		return false
	}
	for i := m.head + 1; i < m.end; i++ {
		if gratitudeNouns[toks[i].lower] {
			return true
		}
	}
	return false
}

// ceremonyNouns are what a host holds for a guest.
var ceremonyNouns = map[string]bool{
	"ceremony": true, "ceremonies": true, "banquet": true, "dinner": true, "luncheon": true,
	"lunch": true, "reception": true, "party": true, "gala": true, "parade": true,
}

// welcomingCeremony reports "welcoming" used as an adjective before what a
// host holds ("held a welcoming banquet for Kim", "a welcoming ceremony at
// the presidential palace"): the ceremony of a visit, no support for the
// guest.
func welcomingCeremony(toks []token, m match) bool {
	return m.cue.Type == "SUPPORT" && toks[m.head].lower == "welcoming" &&
		m.head+1 < len(toks) && ceremonyNouns[toks[m.head+1].lower]
}
