package coder

// Rules of the twenty-sixth pass (stop 44) on acts told of what they are
// done to: "The French base in Dakar will be handed over to Senegalese
// forces in July", "The British camp was transferred to the Iraqi army".
// The cue opens on the thing handed over, and the tense is told by the
// auxiliaries inside it, before the participle, not by the words before
// the noun.

// heldHeads open a cue on the thing the act is done to.
var heldHeads = map[string]bool{
	"base": true, "bases": true, "airbase": true, "garrison": true, "garrisons": true, "camp": true, "camps": true,
}

// passiveBe join an auxiliary chain to the participle of a passive.
var passiveBe = map[string]bool{"be": true, "been": true, "being": true, "was": true, "were": true, "is": true, "are": true}

// passiveInside returns the match m moved to its participle when the cue
// opens on a held head and holds a passive ("base ... will be handed
// over"), so that the auxiliary chain before the participle ("will be",
// "has been") tells the status; ok is false for every other cue.
func passiveInside(toks []token, m match) (match, bool) {
	if m.start >= len(toks) || !heldHeads[toks[m.start].lower] && !sentEnvoyCue(m.cue) {
		return m, false
	}
	for k := m.end - 2; k > m.start; k-- {
		if passiveBe[toks[k].lower] {
			sm := m
			sm.start, sm.head = k+1, k+1
			return sm, true
		}
	}
	return m, false
}
