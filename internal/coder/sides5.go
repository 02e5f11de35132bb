package coder

// Rules of the fifth pass (stop 23) on the parties of an event: who is a
// side and who is only named beside it.

// victimInsideCue reports a mention inside a cue that wraps its object
// ("called the US strikes against the Houthis barbaric") that follows an
// attack noun there: the side the attack hit, not the side the charge is
// aimed at, as afterAttackNoun finds after a cue that ends before its
// object.
func victimInsideCue(toks []token, m match, at int) bool {
	if at <= m.start+1 || at >= m.end || at > 0 && toks[at-1].lower == "by" {
		return false
	}
	for i := m.start + 1; i < at; i++ {
		if attackNouns[toks[i].lower] {
			return true
		}
	}
	return false
}

// storyAttacker is the attacker a reaction to "the attack" answers: the
// one the story reports attacking most often, the earliest of equals, so
// an attack told as background ("Hamas led the October 2023 raid") or a
// misread clause does not take the reaction from the attack the story is
// about. self (the side reacting) never counts.
func storyAttacker(reports []*report, self string) string {
	count := map[string]int{}
	var order []string
	for _, r := range reports {
		if a := attackerOf(r, self); a != "" {
			if count[a] == 0 {
				order = append(order, a)
			}
			count[a]++
		}
	}
	best := ""
	for _, a := range order {
		if count[a] > count[best] {
			best = a
		}
	}
	return best
}
