package coder

import "strings"

// Rules of the seventh pass (stop 25) on precision: events the coder
// built from words that tell no act between two states.

// oneStateWithBodies reports a meeting whose sides are one state at most
// and international bodies: "Turkey called an extraordinary meeting of
// NATO", "will confer with its EU and NATO partners", "ordered
// consultations with NATO, the United Nations". News tells so how a state
// takes a matter to the bodies it sits in; the meeting between states is
// told apart, with the other state named.
func oneStateWithBodies(parties []*party) bool {
	states, bodies := 0, 0
	for _, p := range parties {
		switch {
		case p.country != "":
			states++
		case p.igo:
			bodies++
		default:
			return false // a group or a company the catalog knows: not told this way
		}
	}
	return states < 2 && bodies > 0
}

// attendedNouns are the meetings a story tells once and then says who was
// present at: "the meeting was attended by", "attending the talks".
var attendedNouns = map[string]bool{
	"meeting": true, "talks": true, "session": true, "discussions": true, "negotiations": true, "consultations": true,
}

// attendsToldMeeting reports a meeting cue that tells who attended the
// meeting the story has told ("The meeting was attended by the US and
// Chinese ambassadors", "with their ambassadors attending the talks"):
// those named were present at it, as observers or hosts; they do not meet
// each other. The noun is definite; a summit, which news says leaders
// "attended" as its parties, is left alone.
func attendsToldMeeting(toks []token, m match) bool {
	if m.cue.Type != "CONSULT" || m.end < 2 {
		return false
	}
	if !m.noun && strings.HasPrefix(toks[m.start].lower, "attend") {
		return attendedNouns[toks[m.end-1].lower] && definite[toks[m.end-2].lower] && m.end-2 > m.start
	}
	if m.noun && m.start > 0 && definite[toks[m.start-1].lower] && attendedNouns[toks[m.end-1].lower] {
		k := m.end
		for k < len(toks) && k <= m.end+2 && beForms[toks[k].lower] {
			k++
		}
		return k > m.end && k < len(toks) && strings.HasPrefix(toks[k].lower, "attend")
	}
	return false
}

// beForms are the forms of "be" (and "will") of a passive: "was attended".
var beForms = map[string]bool{"is": true, "was": true, "were": true, "be": true, "been": true, "being": true, "will": true}

// tellsAttendance reports a sentence that tells who attended the meeting
// told before (attendsToldMeeting): its other meeting words ("in response
// to an invitation to discuss peace") are that meeting's too.
func tellsAttendance(toks []token, matches []match) bool {
	for _, m := range matches {
		if attendsToldMeeting(toks, m) {
			return true
		}
	}
	return false
}
