package coder

// Twenty-ninth pass (stop 47): the date of a thing named before the act.

// subjectDated reports a time expression starting at byte off that closes
// a past participle phrase hung on a noun before the cue m of clause cl:
// "The autonomy plan proposed by Morocco in 2007 has recently been backed
// by Ghana", "the treaty signed by both states in 2019 was rejected on
// Monday". As with the object's participle (objectDated, objectdate18.go)
// the date tells when the thing was made, not when the act the clause
// codes was done; in the subject it is told before the verb, where the
// coder otherwise takes a date for the act's own ("Belarus on Friday
// condemned"). A participle after an auxiliary ("was signed in 2017")
// is a verb of its own and keeps its date, and so is a verb of saying
// whose clause follows ("Japanese media reported on March 26 that a
// train had arrived": the participle form is the finite verb).
func subjectDated(toks []token, cl clause, m match, off int) bool {
	k := tokenAtOffset(toks, off)
	if k >= m.start || !participleDated(toks, cl.start, k) {
		return false
	}
	for i := k; i < m.start; i++ {
		if toks[i].lower == "that" {
			return false
		}
	}
	return true
}
