package coder

// Rules of the eighth pass (stop 26) on charges told as a judgment: news
// quotes a government calling an act of another by what it is, with a
// copula ("said the Russian action was lawless and unacceptable", "says
// the downing of the jet is a stab in the back", "Trump's threat was an
// act of craziness"). The speaker charges; the act's doer is charged. The
// cues are in data/cues.tsv (ACCUSE, "was|were|is|are ..."); the speaker
// is made the source by predicateCue in sentence.go.

// judgedVictim reports a country named in the subject of a judgment after
// an attack noun and "on", "against" or "of" ("the attack on Ukrainian
// ships is an act of aggression", "the downing of a Russian warplane is a
// stab in the back"): the side the act fell on, not the one charged.
func judgedVictim(toks []token, m match, sp span) bool {
	if sp.end > m.start || !predicateCue(toks, m) {
		return false
	}
	for k := sp.start - 1; k >= 1 && k >= sp.start-4; k-- {
		switch toks[k].lower {
		case "on", "against", "of":
			if attackNouns[toks[k-1].lower] {
				return true
			}
		}
		if toks[k].punct {
			return false
		}
	}
	return false
}
