package coder

// namedSubjectClause reports a clause that opens at i with a name as its
// subject and a verb in the past soon after it ("as Palestinians protested
// the opening", "as Iran fired missiles"): after "as" it is an act of its
// own, told beside the one before, not a role ("as part of", "as an
// envoy") or a comparison ("as well as").
func namedSubjectClause(toks []token, i int) bool {
	if i+1 >= len(toks) || toks[i].punct || isLowerWord(toks[i].text) {
		return false
	}
	k := i
	for k < len(toks) && k < i+4 && !toks[k].punct && !isLowerWord(toks[k].text) {
		k++ // the name: "Palestinians", "North Korea", "the U.S." stays out (lower "the")
	}
	if k >= len(toks) || toks[k].punct {
		return false
	}
	w := toks[k].lower
	return pastForm(w) || progressiveAt(toks, k) // "as Obama is paying his first visit" (progressive18.go)
}
