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

// demandTypes are the types whose target may be asked to do something.
var demandTypes = map[string]bool{"THREATEN": true, "REQUEST": true}

// demandContentStart returns where the act asked of a named target starts
// ("warned Iran to stop supporting the Houthis", "urged Russia to pull its
// troops out of Ukraine"): the infinitive says what the target must do, and
// whoever it names is what the demand is about, not a side of it. It
// returns 0 when the cue is not followed by a named target and "to" and a
// verb.
func demandContentStart(toks []token, m match, spans []span) int {
	if !demandTypes[m.cue.Type] || m.noun {
		return 0
	}
	for _, sp := range spans {
		if sp.start < m.end || sp.start > m.end+1 || sp.m.Group {
			continue
		}
		k := sp.end
		if k+1 < len(toks) && toks[k].lower == "to" && isLowerWord(toks[k+1].text) && !toks[k+1].punct && toks[k+1].lower != "the" {
			return k
		}
	}
	return 0
}
