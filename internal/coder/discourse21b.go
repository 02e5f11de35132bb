package coder

// Stop 41, second round of "one event told over several sentences"
// (discourse41b). Wire copy names the two countries of its lead again by
// what they are to each other: "The neighbours accused each other …",
// "The two rivals agreed …", "the two partners", "the two capitals". A
// reader takes these as the lead's pair just as "the two sides".

// pairRelationNouns are nouns that stand for the story's two countries
// after "the two" or "both" only: bare, "the rivals" or "the partners"
// may be anyone's.
var pairRelationNouns = map[string]bool{
	"rivals": true, "partners": true, "capitals": true, "foes": true, "adversaries": true,
}

// bareSidesNouns stand for the story's two countries even after a bare
// "the": "The allies", "The leaders", "The neighbours" (two countries are
// neighbours of each other, so the plural names the pair).
var bareSidesNouns = map[string]bool{
	"allies": true, "leaders": true, "neighbours": true, "neighbors": true,
}

// pairNoun tells whether the noun w after "the"/"both" (counted says a
// number or "both" stood before it) stands for the story's pair.
func pairNoun(w string, counted bool) bool {
	if counted {
		return sidesNouns[w] || pairRelationNouns[w]
	}
	return bareSidesNouns[w]
}

// answeredDecisions are the prepositions by which a vowed answer names the
// act it answers: "would retaliate against the decision", "will respond to
// the move", "vowed to retaliate for the measure".
var answeredDecisions = map[string]bool{"against": true, "to": true, "for": true}

// answersDecision reports a threat aimed at a decision told before
// ("Canada said it would retaliate against the decision"): the threat is
// aimed at whoever took it, as a condemnation of "the move" is
// (reactions7.go).
func answersDecision(toks []token) bool {
	for i := 0; i+2 < len(toks); i++ {
		if answeredDecisions[toks[i].lower] && judgedDeterminers[toks[i+1].lower] && judgedDecisions[toks[i+2].lower] {
			return true
		}
	}
	return false
}

// decisionJudged reports a decision told before that is the subject of a
// passive judgment: "The decision was condemned by the Taliban
// government", "The move was denounced by Minsk".
func decisionJudged(toks []token) bool {
	for i := 0; i+3 < len(toks); i++ {
		if !judgedDeterminers[toks[i].lower] || !judgedDecisions[toks[i+1].lower] {
			continue
		}
		if w := toks[i+2].lower; w != "was" && w != "were" && w != "has" {
			continue
		}
		for k := i + 3; k < len(toks) && k <= i+5; k++ {
			if judging[toks[k].lower] {
				return k+1 < len(toks) && toks[k+1].lower == "by"
			}
		}
	}
	return false
}
