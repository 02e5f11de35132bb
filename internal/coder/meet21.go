package coder

import "strings"

// Rules of the twenty-third pass (stop 41) on meetings, visits and envoys,
// read from news sentences written for the family.

// sentOnErrand reports an envoy-sending cue ("send+|dispatch+ ... envoy
// ... to", cues.tsv) that is not the act the sentence tells. Its "to" may
// open an infinitive, not a destination: "is sending a special envoy to
// meet President Ramaphosa" tells the meeting the envoy is sent to hold.
// Or a later cue tells the errand: "has sent an envoy to Chad to secure
// the release of an aid worker" asks for a release, "will send envoys to
// Venezuela, demanding the release of prisoners" demands one; that act is
// the news, and the errand's own cue codes it. "sent its foreign minister
// to Israel" with nothing after, or "for talks on a truce" (the errand a
// meeting, the truce its topic), is the visit.
func sentOnErrand(toks []token, m match, matches []match) bool {
	if m.cue.Type != "CONSULT" || m.end >= len(toks) || toks[m.end-1].lower != "to" {
		return false
	}
	w := toks[m.start].lower
	if !strings.HasPrefix(w, "sen") && !strings.HasPrefix(w, "dispatch") {
		return false
	}
	if noPlaceAfterTo(toks, m.end) {
		return true
	}
	next := -1 // the first cue after the destination
	for k, n := range matches {
		if n.start >= m.end && !n.cue.flags.speech && (next < 0 || n.start < matches[next].start) {
			next = k
		}
	}
	return next >= 0 && matches[next].cue.Type != "CONSULT"
}

// forMeetingNouns are the meetings a traveller is "in PLACE for" besides the
// trip nouns: "is in Asmara for talks", "were in Doha for negotiations".
var forMeetingNouns = map[string]bool{
	"talks": true, "meeting": true, "meetings": true, "summit": true, "consultations": true, "negotiations": true,
}

// bareForTalks reports "for" right before a plural meeting noun ("for
// talks", "for consultations"): news writes these without a determiner.
func bareForTalks(toks []token, on int, m match) bool {
	return on >= 0 && toks[on].lower == "for" && on+1 == m.start && forMeetingNouns[toks[m.start].lower] && strings.HasSuffix(toks[m.start].lower, "s")
}

// placedFor reports a place between a "be" and "for" (toks[from:to]): "is
// in France for a state visit", "was in Cairo on Tuesday for talks" tell
// a traveller at a place for a meeting, while "is here for talks" or "is
// for talks" (a stance) name none. News writes the day between the place
// and "for"; it does not unmake the place.
func placedFor(toks []token, from, to int) bool {
	for i := from; i < to; i++ {
		if w := toks[i].lower; w == "in" || w == "at" {
			return true
		}
	}
	return false
}
