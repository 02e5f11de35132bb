package coder

// Rules of the ninth pass (stop 27), read off pages on which the coder
// coded nothing. News tells a government's measure as the content of its
// decision ("China's decision to slap punitive tariffs on imports of
// Australian barley"): the decision is the act, the one who decided its
// source, and the goods' origin its target (goodsOrigin, trade8.go, reads
// "imports of Australian barley" as well as "Australian goods").

// decidedActStart returns where the sides of an act told as the
// infinitive of a decision begin, or -1: in "Australia said it may appeal
// against China's decision to slap tariffs on Australian barley" the one
// who decided is named before "'s decision" (or after it, "the decision by
// China to"), and who speaks of the decision, or appeals against it, is no
// side of the act decided.
func decidedActStart(toks []token, cl clause, m match) int {
	if m.noun || m.start < 3 || toks[m.start-1].lower != "to" {
		return -1
	}
	// The noun of deciding, right before "to" or before a decider told
	// after it ("the decision by China to", "the decision of Beijing to").
	d := -1
	for k := m.start - 2; k > cl.start && k >= m.start-6; k-- {
		w := toks[k].lower
		if w == "decision" || w == "decisions" {
			d = k
			break
		}
		if isLowerWord(toks[k].text) && w != "by" && w != "of" && w != "the" || toks[k].punct {
			return -1
		}
	}
	if d < 0 {
		return -1
	}
	if d-2 >= cl.start && toks[d-1].lower == "'s" {
		// The possessor: the capitalised words before "'s".
		k := d - 2
		for k > cl.start && !toks[k-1].punct && !isLowerWord(toks[k-1].text) {
			k--
		}
		return k
	}
	return d
}
