package coder

// spendingVerbs are participles that tell what money or means went to:
// "money that has been spent to support Ukraine", "funds allocated to
// help refugees".
var spendingVerbs = map[string]bool{
	"spent": true, "allocated": true, "earmarked": true, "budgeted": true, "appropriated": true,
}

// spendingPurpose reports a cue in the infinitive after a participle of
// spending ("American money that has been spent to support Ukraine"): the
// infinitive says what the money was for, as a description of the money,
// not an act the sentence reports.
func spendingPurpose(toks []token, m match) bool {
	return m.start >= 2 && toks[m.start-1].lower == "to" && spendingVerbs[toks[m.start-2].lower]
}
