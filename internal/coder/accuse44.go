package coder

// Twenty-sixth pass (stop 44), accusations written by hand: a state's
// charge told as a noun ("Croatia's accusation on Monday that Serbia had
// funded the protests", "Kenya's allegations that Somalia harboured
// militants were repeated") is the charge "accused" would tell, made by
// the state before "'s" against the party the "that" clause opens with
// (the cue line "accusation|accusations|allegation|allegations ~3 that",
// cues.tsv). Only the owned noun is read so: a charge noun without its
// owner is the cause an act is told with ("announced the expulsion ...,
// following accusations that Iran directed attacks"), which chargeBehind
// (inneracts.go) reads with the act, or the scene ("amid accusations").

// unownedChargeNoun reports the charge-noun cue ("accusation that") with
// no "'s" of its owner right before it.
func unownedChargeNoun(toks []token, m match) bool {
	if m.cue.Type != "ACCUSE" || m.end-m.start < 2 || !chargeNouns[toks[m.start].lower] || toks[m.end-1].lower != "that" {
		return false
	}
	return m.start == 0 || toks[m.start-1].lower != "'s"
}
