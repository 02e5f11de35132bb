package coder

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck): aid
// promised is the aid itself, planned (aid43.go), but a promise "to cut
// aid", "to withhold assistance" promises its end: a threat to the
// country that gets it, made when it was said ("promising to cut aid to
// Honduras", "pledged to halt funding for the agency").

// aidCutVerbs end or shrink aid when they stand before its noun.
var aidCutVerbs = map[string]bool{
	"cut": true, "halt": true, "withhold": true, "end": true, "suspend": true, "stop": true,
	"slash": true, "reduce": true, "freeze": true, "withdraw": true, "pull": true, "terminate": true,
}

// promisedAidCut reports an AID cue of a promise ("promise+|pledge+ ~5
// aid") whose words before the aid noun hold "to" and a verb that cuts it.
func promisedAidCut(toks []token, m match, typ string) bool {
	if typ != "AID" || m.noun || m.end-m.start < 3 {
		return false
	}
	switch w := toks[m.start].lower; {
	case len(w) >= 6 && (w[:6] == "promis" || w[:6] == "pledge"):
	default:
		return false
	}
	for k := m.start + 1; k+1 < m.end; k++ {
		if toks[k].lower == "to" && aidCutVerbs[toks[k+1].lower] {
			return true
		}
	}
	return false
}
