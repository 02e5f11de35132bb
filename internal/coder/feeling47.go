package coder

// Stop 47 (groups cp, cq): two readings of English the coder got wrong.

// feelingWords are the participles English uses as adjectives of a
// feeling about another's act ("Canada is disappointed by the decision",
// "Kenya was dismayed at"): the subject feels, nobody acted on it, so
// "is disappointed by" is no passive and its subject is the one who
// reproaches, the owner of the act after "by" the one reproached.
var feelingWords = map[string]bool{
	"disappointed": true, "dismayed": true, "appalled": true, "outraged": true,
	"angered": true, "incensed": true, "frustrated": true,
}

// feelingState reports a cue that opens with an adjective of feeling
// followed by the word that names its cause ("disappointed by|with|at|in|over").
func feelingState(toks []token, m match) bool {
	if m.start >= len(toks) || !feelingWords[toks[m.start].lower] || m.start+1 >= len(toks) {
		return false
	}
	switch toks[m.start+1].lower {
	case "by", "with", "at", "in", "over":
		return true
	}
	return false
}

// interestBefore reports a gerund cue right after "interest in" or
// "interested in" ("have shown interest in stationing ships", "is
// interested in buying jets"): an interest is a wish, neither an act nor
// one announced.
func interestBefore(toks []token, cl clause, m match) bool {
	if m.form != formIng || m.start-2 < cl.start || toks[m.start-1].lower != "in" {
		return false
	}
	switch toks[m.start-2].lower {
	case "interest", "interested", "interests":
		return true
	}
	return false
}
