package coder

// This file holds two facts of how news English names whom a reaction is
// aimed at and who reacts: a reaction to a country's decision is aimed at
// that country ("criticised the US policy shift"), and a relative
// infinitive that describes the subject ("the only states to have signed
// treaties with Israel") names parties of another act, not of this one.

// decisionNouns are the acts of a government that a reaction answers:
// in the object right after the cue ("criticised the US policy"), the
// country that made them is the target; further on ("accused Israel of
// ignoring the Jordanian plan") it is not.
var decisionNouns = map[string]bool{
	"policy": true, "policies": true, "decision": true, "decisions": true, "move": true, "moves": true,
	"plan": true, "plans": true, "announcement": true, "stance": true, "position": true, "shift": true,
	"recognition": true, "proposal": true, "law": true, "ban": true, "measures": true, "actions": true,
	"action": true, "remarks": true, "comments": true, "statement": true, "annexation": true,
}

// dropSubjectRelatives returns the spans of a clause without the mentions
// that lie in a relative infinitive inside the subject, before the cue:
// in "The only two Arab states to have signed peace treaties with Israel
// - Egypt and Jordan - criticised ...", Israel is a party of the signing.
// The infinitive opens with "to" right after a lower-case noun and a
// verb after it ("to have", "to recognise"), and runs to the next
// punctuation mark. spans is not changed.
func dropSubjectRelatives(toks []token, cl clause, m match, spans []span, verbs map[string]form) []span {
	lo, hi := -1, -1
	for k := cl.start + 1; k+1 < m.start; k++ {
		if lo >= 0 {
			if toks[k].punct {
				hi = k
				break
			}
			continue
		}
		if toks[k].lower != "to" || !isLowerWord(toks[k-1].text) || toks[k-1].punct || !isLowerWord(toks[k+1].text) {
			continue
		}
		next := toks[k+1].lower
		if next == "have" || next == "be" || verbs[next] == formBase {
			lo = k
		}
	}
	if lo < 0 {
		return spans
	}
	if hi < 0 {
		hi = m.start
	}
	out := make([]span, 0, len(spans))
	for _, sp := range spans {
		if !sp.inherited && sp.start > lo && sp.start < hi {
			continue
		}
		out = append(out, sp)
	}
	return out
}
