package coder

import "strings"

// Rules of the seventh pass (stop 25) on demands that a government
// account for an act.

// quotedObligation reports a quotation that opens with "must" or "should"
// (`said that Russia "must tell the truth"`): the speaker's demand, in the
// words of the one it is made of.
func quotedObligation(toks []token, q clause) bool {
	for i := q.start; i < q.end && i <= q.start+1; i++ {
		if toks[i].punct {
			continue
		}
		return toks[i].lower == "must" || toks[i].lower == "should"
	}
	return false
}

// obligedBefore reports "must" or "should" just before the cue at m, past
// quotation marks and an adverb ("must “come clean”", "should fully
// explain"). A cue of what a government must do (flag demand) holds only
// so; "Nothing else can explain it" tells no act, and the cue is dropped
// before it can take another's place in the clause.
func obligedBefore(toks []token, m match) bool {
	for i, n := m.start-1, 0; i >= 0 && n < 3; i-- {
		w := toks[i].lower
		if isQuoteMark(w) {
			continue
		}
		if w == "must" || w == "should" {
			return true
		}
		if !strings.HasSuffix(w, "ly") {
			return false
		}
		n++
	}
	return false
}

// addressedPlace reports a place named right after a cue that ends in
// "from" ("demanded an explanation from the Kremlin", "from Moscow"): the
// government it is demanded of, not where the demand was made.
func addressedPlace(toks []token, m match, sp span) bool {
	if m.end < 1 || toks[m.end-1].lower != "from" {
		return false
	}
	return sp.start == m.end || sp.start == m.end+1 && toks[m.end].lower == "the"
}
