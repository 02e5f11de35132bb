package coder

import "strings"

// Twenty-eighth pass (stop 46), the reader's pass on groups cl and cm: a
// span after a verb of sentencing is the term imposed, not how long a
// habit has lasted. "has been jailed for six years", "was banned for
// five years", "has been found guilty and imprisoned for a decade" tell
// one court's act; habitOverSpan (habit18.go) read "has been ... for six
// years" as a standing practice ("have been accusing Islamabad for
// years") and dropped it as background. Only the span that follows the
// verb at once, or after its object pronoun, is the term; "has been
// detained for months" is still a state that lasts.

// termVerbStems open the verbs whose "for" and span is the term imposed.
var termVerbStems = []string{"jail", "imprison", "sentenc", "ban", "exile"}

// sentenceTerm reports a cue verb of sentencing followed at once (an
// object pronoun allowed between) by a span: "jailed for six years",
// "imprisoned him for a decade".
func sentenceTerm(toks []token, m match) bool {
	if m.noun || m.start >= len(toks) {
		return false
	}
	w := toks[m.start].lower
	stem := false
	for _, s := range termVerbStems {
		if strings.HasPrefix(w, s) {
			stem = true
			break
		}
	}
	if !stem {
		return false
	}
	i := m.start + 1
	if i < len(toks) && objectPronoun(toks[i].lower) {
		i++
	}
	return spanAt(toks, i)
}
