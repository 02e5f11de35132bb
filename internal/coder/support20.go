package coder

// Twenty-second pass (stop 40), support: who backs and whose plan is
// backed. Two readings of general English the coder got wrong on support
// sentences written by hand.
//
// "The United States backed India's bid": a country after "the" and
// before "backed" reads like "the Iran backed Houthis" (Iran-backed
// without its hyphen), but a possessive after the verb ("India's bid",
// "the UK backed Kyiv's request") is the object of an act; a group
// qualified by "X-backed" is never a possessive.
//
// "Russia welcomed China's peace plan": a country's possessive before
// "peace", "war" or "ceasefire" is the place or the side of a war, a
// topic, except when a plan noun follows: "China's peace plan", "Egypt's
// ceasefire proposal" name who wrote the plan, the side the plan's
// welcome, endorsement or rejection is aimed at.

// planNouns name a proposal authored by its owner.
var planNouns = map[string]bool{
	"plan": true, "plans": true, "proposal": true, "proposals": true, "initiative": true,
	"formula": true, "blueprint": true, "roadmap": true, "framework": true, "offer": true,
}

// authoredPlan reports a possessive country before a conflict word k that
// is followed by a plan noun: "China's peace plan".
func authoredPlan(toks []token, sp span, k int) bool {
	if sp.end >= len(toks) || !isPossessive(toks[sp.end].lower) {
		return false
	}
	return k+1 < len(toks) && planNouns[toks[k+1].lower]
}

// isPossessive reports the possessive ending as a token.
func isPossessive(w string) bool {
	return w == "'s" || w == "’s"
}

// ownerFollows reports a capitalised name from i closed by a possessive
// ("India's", "South Korea's"): the object of a verb, never a group
// qualified by "X backed".
func ownerFollows(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		if isPossessive(toks[k].lower) {
			return k > i
		}
		if !toks[k].capital() {
			return false
		}
	}
	return false
}
