package coder

// Twenty-eighth pass (stop 46, the reader's pass on cj and ck): a measure
// held out after a condition put first is a threat, as one held out
// before its condition is (condforce45.go): "If Bolivia closes the
// border, Chile will cut all aid to Bolivia", "said that if the convoy is
// not stopped, no more aid will be given to Bolivia". The measure (the
// aid cut, aid no more given, the sanction) has not happened and is not
// planned: it is what the speaker warns of, made when said.

// frontedMeasure reports a cue after a condition put first ("If ...,"
// at the start of the sentence or after "said that") that tells, under
// "will", "would" or "could" within four words before it, a measure of
// force or pressure (condForceTypes), or aid told negated ("no more aid
// will be given", "will not give any more aid"). A condition that asks
// for or allows the act ("if Peru asks for them") offers it. The noun of
// aid is read only as the subject of a passive ("no more aid will be
// given").
func frontedMeasure(toks []token, m match, typ string) bool {
	if m.noun && typ != "AID" {
		return false
	}
	open, comma := frontedCondition(toks, m)
	if open < 0 || comma-open < 3 || grantingCondition(toks, open) {
		return false // "If so, this would be": no condition told
	}
	modal, negated := false, false
	for k := m.start - 1; k > comma && k >= m.start-4; k-- {
		w := toks[k].lower
		if toks[k].punct {
			break
		}
		switch {
		case condForceModals[w]:
			modal = true
		case negations[w]:
			negated = true
		}
	}
	for k := comma + 1; k < m.start && k <= comma+3; k++ {
		if toks[k].lower == "no" {
			negated = true // "no more money or aid will be given": the subject negated
		}
	}
	if m.noun && m.end+1 < len(toks) && condForceModals[toks[m.end].lower] && toks[m.end+1].lower == "be" {
		modal = true // "no more money or aid will be given to Bolivia"
	}
	if !modal {
		return false
	}
	switch {
	case condForceTypes[typ] && !negated:
		return true
	case typ == "AID" && negated:
		return true
	}
	return false
}
