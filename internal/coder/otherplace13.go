package coder

// A sentence often names the place of another act than the one it codes:
// where the act was announced ("the spokesman confirmed at a briefing in
// Beijing that the US told China to close its consulate in Houston"), or
// where the parties met before or will meet next ("held talks on Sunday,
// during which they welcomed the progress since their last meeting in
// Kazan"; "agreed to a ceasefire and are to reconvene in Istanbul"). Such a
// place is no venue of the coded act.

// otherMeetingMarks before a noun of meeting make it another meeting than
// the act's.
var otherMeetingMarks = map[string]bool{"last": true, "previous": true, "prior": true, "earlier": true, "next": true}

// otherMeetingHeads are the nouns and verbs of a meeting such a mark goes with.
var otherMeetingHeads = map[string]bool{"meeting": true, "meetings": true, "summit": true, "talks": true,
	"round": true, "negotiations": true, "met": true, "meet": true, "visit": true}

// reconvening verbs tell a meeting still to come.
var reconvening = map[string]bool{"reconvene": true, "reconvenes": true, "reconvened": true}

// toldVerbs tell words said, beyond the heads of speech (clauses.go).
var toldVerbs = map[string]bool{"confirmed": true, "confirms": true, "declared": true, "declares": true,
	"stressed": true, "noted": true, "insisted": true, "claimed": true, "reported": true}

// placeOfOtherAct reports a place the clause names for another act than
// the cue's: after the cue, the place of a meeting marked as an earlier or
// a later one; before the cue, where a speaker said the words that tell it.
func placeOfOtherAct(toks []token, cl clause, m match, sp span) bool {
	if sp.start >= m.end {
		lo := max(m.end, sp.start-8)
		for k := sp.start - 1; k >= lo; k-- {
			w := toks[k].lower
			if toks[k].punct && w != "'s" && w != "’s" {
				return false
			}
			if reconvening[w] || w == "again" && k > lo && (toks[k-1].lower == "meet" || toks[k-1].lower == "met") {
				return true
			}
			if otherMeetingHeads[w] {
				for j := k - 1; j >= max(lo, k-3); j-- {
					if otherMeetingMarks[toks[j].lower] {
						return true
					}
				}
			}
		}
		return false
	}
	v := -1
	for i := cl.start; i < sp.start; i++ {
		if speechHeads[toks[i].lower] || toldVerbs[toks[i].lower] {
			v = i
			break
		}
	}
	if v < 0 {
		return false
	}
	for k := sp.end; k < m.start; k++ {
		if toks[k].lower == "that" {
			return true // "confirmed at a briefing in Beijing that ..."
		}
	}
	return false
}
