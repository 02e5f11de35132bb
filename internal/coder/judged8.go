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

// questionsToAnswer reports the cue "questions that only Russia can and
// must answer": a speaker saying an act raises questions a government
// must answer charges that government with it, as demanding an
// explanation from it does (accounts7.go). Like a judgment with a copula,
// it is the speaker's charge, made when it was said.
func questionsToAnswer(toks []token, m match) bool {
	w := toks[m.start].lower
	if w != "questions" && w != "question" || m.end <= m.start+2 {
		return false
	}
	for k := m.start + 2; k < m.end-1; k++ {
		switch toks[k].lower {
		case "not", "n't", "never", "refused", "declined", "did", "could":
			return false // "questions that the minister did not answer": none asked of a government
		}
	}
	return true
}

// unansweredQuestions reports the cue "questions that ... answer" used of
// questions left unanswered ("questions that officials refused to
// answer"), which charge no one.
func unansweredQuestions(toks []token, m match) bool {
	w := toks[m.start].lower
	return (w == "questions" || w == "question") && m.cue.Type == "ACCUSE" && !questionsToAnswer(toks, m)
}

// speechBeforeQuote reports a quotation holding the cue that a speech
// verb before it introduces ("said there were now “serious questions
// that only Russia can answer”"): the speaker's own words, quoted in part.
func speechBeforeQuote(toks []token, quoted []clause, m match) bool {
	for _, q := range quoted {
		if m.start < q.start || m.start >= q.end {
			continue
		}
		for k := q.start - 1; k >= 0; k-- {
			if speechHeads[toks[k].lower] {
				return true
			}
		}
	}
	return false
}

// deniedJudgment reports a judgment with a copula that is denied: "this is
// not an act of aggression", "was never a provocation".
func deniedJudgment(toks []token, m match) bool {
	if !predicateCue(toks, m) || m.cue.Type != "ACCUSE" {
		return false
	}
	for k := m.start + 1; k < m.end && k <= m.start+2; k++ {
		switch toks[k].lower {
		case "not", "n't", "never", "no":
			return true
		}
	}
	return false
}
