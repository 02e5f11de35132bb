package coder

// A country that "would face" tariffs or sanctions "if" it does something
// is threatened by whoever says so: "Trump said Canada would face a 100%
// tariff if it made a deal with China". The subject of "face" is the
// target, the speaker the source, and the condition after "if" names what
// the target must not do, with its own countries (the deal's partner),
// which are no side of the threat. The cue line (data/cues.tsv,
// "Nineteenth pass") asks for the condition; this reads its sides.

// facedThreat returns the condition's opening word ("if", "unless") of a
// threat told by what its target would face, or -1.
func facedThreat(toks []token, m match) int {
	if m.cue.Type != "THREATEN" || m.end-1 <= m.start {
		return -1
	}
	last := m.end - 1
	if !threatConditions[toks[last].lower] {
		return -1
	}
	for i := m.start; i < last; i++ {
		if toks[i].lower == "face" {
			return last
		}
	}
	return -1
}
