package coder

// A hostile act promised on a condition (stop 45): "Russia would move
// troops toward its border with Finland if Finland joined NATO", "Beijing
// would send warships to the strait if Manila continued the drills",
// "Iran could close the Strait of Hormuz if the United States attacked
// it". English tells a threat this way more often than with "threaten":
// the act is held out under "would", "could" or "will", and the "if"
// clause after it says what the other side must not do. PLOVER codes a
// conditional promise of harm as THREATEN, made when it was said; the act
// itself (the deployment, the strike) has not happened and is not
// planned, so neither the act's type nor "planned" is right.

// condForceTypes are the acts of force and pressure a condition can hold
// out.
var condForceTypes = map[string]bool{"MOBILIZE": true, "ASSAULT": true, "COERCE": true, "SANCTION": true}

// condForceModals are the auxiliaries an act is held out with.
var condForceModals = map[string]bool{"would": true, "could": true, "will": true, "'ll": true, "might": true}

// conditionWho are words that open a condition's subject when no name
// does ("if it joins", "if the Nordic country became a member").
var conditionWho = map[string]bool{"it": true, "they": true, "its": true, "their": true, "country": true,
	"nation": true, "government": true, "regime": true, "state": true, "authorities": true, "side": true}

// conditionalForce reports a hostile act under a modal of the future or
// of possibility (at most three words before it, no punctuation between)
// with an "if"/"unless" condition after it in the sentence whose subject,
// within three words of "if", is a named party or a word standing for
// one. A condition before the act (clauseStatus's ground) and a
// forecast with no condition stay as they were; the act must be the
// clause's own (no "to" of purpose between the modal and the cue).
func conditionalForce(toks []token, cl clause, m match, spans []span) bool {
	if !condForceTypes[m.cue.Type] || m.noun {
		return false
	}
	modal := -1
	for k := m.start - 1; k >= cl.start && k >= m.start-3; k-- {
		if toks[k].punct && !isQuoteMark(toks[k].lower) {
			return false
		}
		if condForceModals[toks[k].lower] {
			modal = k
			break
		}
		if isModal(toks[k]) || toks[k].lower == "to" || negations[toks[k].lower] {
			return false // "should send", "would not send", "would have to send"
		}
	}
	if modal < 0 {
		return false
	}
	for i := cl.start; i < m.start; i++ {
		if conditionals[toks[i].lower] {
			return false
		}
	}
	for k := m.end; k < len(toks); k++ {
		w := toks[k].lower
		if w == "." || w == ";" || w == "?" {
			return false
		}
		if !threatConditions[w] {
			continue
		}
		if grantingCondition(toks, k) {
			return false // "will send troops to Somalia if the Somali government asks for them": an offer
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if toks[j].punct {
				break
			}
			if conditionWho[toks[j].lower] {
				return true
			}
			for _, sp := range spans {
				if sp.start == j && sp.m.Country != "" {
					return true
				}
			}
		}
		return false
	}
	return false
}

// grantingVerbs ask for or allow a move of forces: "if the Somali
// government asks for them", "if parliament approves". Forces held out on
// such a condition are offered or await leave; no one is threatened.
var grantingVerbs = map[string]bool{
	"ask": true, "asks": true, "asked": true, "request": true, "requests": true, "requested": true,
	"invite": true, "invites": true, "invited": true, "want": true, "wants": true, "wanted": true,
	"need": true, "needs": true, "needed": true, "approve": true, "approves": true, "approved": true,
	"agree": true, "agrees": true, "agreed": true, "consent": true, "consents": true, "consented": true,
	"seek": true, "seeks": true, "sought": true, "call": true, "calls": true, "called": true,
	"permit": true, "permits": true, "allow": true, "allows": true, "welcome": true, "welcomes": true,
}

// grantingCondition reports a condition opened at q whose verb, within six
// words before any punctuation, asks for or allows the move.
func grantingCondition(toks []token, q int) bool {
	for j := q + 1; j < len(toks) && j <= q+6; j++ {
		if toks[j].punct {
			return false
		}
		if grantingVerbs[toks[j].lower] {
			return true
		}
	}
	return false
}

// conditionSubjectEnd returns the end of the party a trailing condition
// opens with ("if Finland joins NATO": Finland), the one threatened, or 0:
// the rest of the condition names no side, but its subject is the target.
func conditionSubjectEnd(toks []token, q int, spans []span) int {
	for j := q + 1; j < len(toks) && j <= q+3; j++ {
		if toks[j].punct {
			return 0
		}
		for _, sp := range spans {
			if sp.start == j && sp.m.Country != "" {
				return sp.end
			}
		}
	}
	return 0
}
