package coder

// A threat told as a condition put first (stop 44): "If Kyiv attacks
// Crimea, Moscow will respond with force", "If Ghana closes the border,
// Togo will retaliate". The one the condition is about (its subject) is
// the one threatened; the one who answers in the main clause threatens.
// The condition's own act ("closes the border") is only what must not
// happen, no event, and the condition's other names ("a deal with China")
// are no side of the threat.

// frontedCondition returns the opening "if"/"unless" of a condition put
// before the cue at m, at the start of the sentence or of reported words
// ("said that if ..."), and the comma that closes it, or -1, -1.
func frontedCondition(toks []token, m match) (int, int) {
	open := -1
	for j := m.start - 1; j >= 0; j-- {
		if !threatConditions[toks[j].lower] {
			continue
		}
		if j == 0 || toks[j-1].punct || toks[j-1].lower == "that" {
			open = j
		}
		break
	}
	if open < 0 {
		return -1, -1
	}
	for k := open + 1; k < m.start; k++ {
		if toks[k].lower == "," {
			return open, k
		}
		if toks[k].punct && !isQuoteMark(toks[k].lower) && toks[k].lower != "-" {
			return -1, -1
		}
	}
	return -1, -1
}

// conditionSubject reports a party named as the subject of a fronted
// condition (within three words of "if": "if the Kyiv regime").
func conditionSubject(toks []token, m match, i int) bool {
	open, comma := frontedCondition(toks, m)
	return open >= 0 && i > open && i <= open+3 && i < comma
}

// inFrontedCondition reports a cue inside a fronted condition that a cue
// after the condition's comma answers: the condition's act is no event.
func inFrontedCondition(toks []token, m match, matches []match) bool {
	for _, n := range matches {
		if n.start <= m.start || n.cue.flags.speech {
			continue
		}
		if open, comma := frontedCondition(toks, n); open >= 0 && open < m.start && m.start < comma {
			return true
		}
	}
	return false
}

// conditionOthers drops the parties a fronted condition names besides its
// subject ("If Canada makes a deal with China, ..."): no side of a threat.
func conditionOthers(toks []token, m match, spans []span) []span {
	open, comma := frontedCondition(toks, m)
	if open < 0 {
		return spans
	}
	var out []span
	for _, sp := range spans {
		if sp.start > open+3 && sp.start < comma {
			continue
		}
		out = append(out, sp)
	}
	return out
}
