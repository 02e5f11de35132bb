package coder

import "strings"

// Rules of the seventeenth pass (stop 35) on reported clauses.

// singularBeforeVerb reports a singular determiner ("that", "this") before
// a name and a verb form in -s ("announced that France recognizes the
// State of Palestine", "said that Japan condemns the test"). A singular
// determiner takes no plural noun, so the -s form there is no act noun
// ("the Pahalgam attacks") but the verb of a reported clause, and "that"
// the conjunction that opens it. det is the determiner's index, i the
// verb's.
func singularBeforeVerb(toks []token, det, i int) bool {
	w := toks[det].lower
	return (w == "that" || w == "this") && strings.HasSuffix(toks[i].lower, "s")
}
