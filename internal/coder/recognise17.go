package coder

import "strings"

// Seventeenth pass (stop 35): a recognition announced.
//
// English news tells a state's recognition of another state, or of its
// claim, in the future when the government has decided it and names the
// occasion: "France will formally recognise the State of Palestine at the
// UN General Assembly in September", "the United States would recognise
// its claim to Western Sahara". Recognition is a declaration: saying it
// will be made is the decision itself, the act of support planned, not a
// promise of cooperation (AGREE) as "will help" or "will send aid" are.
// Like a sanction decided (decidedActs) or a sanction ended (endsMeasure),
// it keeps its type.

// recognitionDecided reports a SUPPORT cue of recognising: its planned
// form is the recognition, kept as SUPPORT.
func recognitionDecided(toks []token, m match) bool {
	if m.cue.Type != "SUPPORT" || m.noun || m.head >= len(toks) {
		return false
	}
	w := toks[m.head].lower
	return strings.HasPrefix(w, "recognis") || strings.HasPrefix(w, "recogniz")
}
