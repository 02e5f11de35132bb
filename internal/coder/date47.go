package coder

import "strings"

// Twenty-ninth pass (stop 47): the date of a thing named before the act.

// subjectDated reports a time expression from byte start to end that
// closes a past participle phrase hung on a noun before the cue m of clause
// cl: "The autonomy plan proposed by Morocco in 2007 has recently been
// backed by Ghana", "the treaty signed by both states in 2019 was rejected
// on Monday". As with the object's participle (objectDated,
// objectdate18.go) the date tells when the thing was made, not when the
// act the clause codes was done; in the subject it is told before the
// verb, where the coder otherwise takes a date for the act's own ("Belarus
// on Friday condemned"). The phrase qualifies the subject only when the
// cue is the verb right after it, with at most its auxiliaries and
// adverbs between. A participle after an auxiliary ("was signed in 2017")
// is a verb of its own and keeps its date, and so is a past verb right
// after its subject with more of its clause to come ("Chad's parliament
// voted on Friday to send troops", "Japanese media reported on March 26
// that a train had arrived": the participle form is the finite verb).
func subjectDated(toks []token, cl clause, m match, start, end int) bool {
	k := tokenAtOffset(toks, start)
	if k >= m.start || !participleDated(toks, cl.start, k) {
		return false
	}
	for i := tokenAtOffset(toks, end); i < m.start; i++ {
		if w := toks[i].lower; !beforeParticiple[w] && !isModal(toks[i]) && !verbGroupAdverbs[w] && !(len(w) > 4 && strings.HasSuffix(w, "ly")) {
			return false
		}
	}
	return true
}

// verbGroupAdverbs may stand among a verb's auxiliaries ("has not yet
// been", "has also been").
var verbGroupAdverbs = map[string]bool{"not": true, "n't": true, "never": true, "also": true, "already": true, "yet": true, "now": true, "since": true, "just": true, "again": true}
