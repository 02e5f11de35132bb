package coder

// A harm "blamed on" a state in the passive with no "by" agent, in a
// sentence that names who said it ("The bombing was blamed on Pakistan,
// Indian officials said", "Officials said the blast was blamed on
// Kyiv"): news drops the agent of the blaming when the speaker is the one
// who blames, as "X blamed the attack on Y" says it in the active. The
// speaker is the accuser and the state after "on" the accused.

// blamedOnSaid reports an ACCUSE cue "blamed|pinned" after a form of
// "be" (one adverb may stand between: "was widely blamed"), followed by
// "on", with no "by" agent after it in the clause, in a sentence with a
// speech act.
func blamedOnSaid(toks []token, cl clause, m match, speech []clause) bool {
	if m.cue.Type != "ACCUSE" || len(speech) == 0 {
		return false
	}
	i := m.start
	if w := toks[i].lower; w != "blamed" && w != "pinned" {
		return false
	}
	if i+1 >= cl.end || toks[i+1].lower != "on" {
		return false
	}
	be := i-1 >= cl.start && passiveBe[toks[i-1].lower] ||
		i-2 >= cl.start && passiveBe[toks[i-2].lower] && len(toks[i-1].lower) > 2 && toks[i-1].lower[len(toks[i-1].lower)-2:] == "ly"
	if !be {
		return false
	}
	for k := i + 2; k < cl.end; k++ {
		if toks[k].lower == "by" {
			return false
		}
	}
	return true
}
