package coder

// Rules of the twenty-sixth pass (stop 44) on accords not reached. Two
// sides that "failed to agree a ceasefire" or "fail to agree on a deal"
// at talks did not come to terms; neither turned the other's offer down.
// A refusal ("refused to agree", "declined to sign") stays a rejection.

// failWords say an attempt came to nothing.
var failWords = map[string]bool{"failed": true, "fail": true, "fails": true, "failing": true}

// failedAccord reports an agreement cue after "failed to" (up to two
// words between: "failed once again to agree"): no act of either side.
func failedAccord(toks []token, m match) bool {
	if m.cue.Type != "AGREE" || m.start < 2 || toks[m.start-1].lower != "to" {
		return false
	}
	for k := m.start - 2; k >= 0 && k >= m.start-4; k-- {
		if toks[k].punct {
			return false
		}
		if failWords[toks[k].lower] {
			return true
		}
	}
	return false
}
