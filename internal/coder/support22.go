package coder

// Stop 42, the support family read from sentences written for it.

// decidedSupport reports a SUPPORT infinitive after a decision: "Colombia
// has decided to recognise Palestine", "Washington's decision to
// recognise Jerusalem". English news tells a recognition or a backing by
// the decision that makes it: once decided, the state has recognised (or
// backed) the other, and the infinitive is no plan still to come. The
// word before "to" is the decision; a modal or "will" before it ("will
// decide to recognise") is read earlier by the modal rules, and "decided
// not to recognise" by the negation.
func decidedSupport(toks []token, m match, to int) bool {
	return m.cue.Type == "SUPPORT" && to > 0 && decisionWords[toks[to-1].lower]
}

// decisionWords name a decision taken: the verb's past and present, and
// the noun.
var decisionWords = map[string]bool{"decided": true, "decides": true, "decision": true}

// supportAfterPastVerb reports the noun "support" as the object of a past
// verb: "Japan voiced support for the Philippines", "Germany signalled
// support for Ukraine's bid". Wire copy drops the possessive ("voiced its
// support") as often as it keeps it; the bare "support" then reads like
// the verb's base form, with no tense of its own, and a weekday after it
// ("on Monday") was taken as a day to come. The past verb before it is
// the act's tense.
func supportAfterPastVerb(toks []token, cl clause, m match) bool {
	if m.cue.Type != "SUPPORT" || toks[m.start].lower != "support" || m.start-1 < cl.start {
		return false
	}
	p := toks[m.start-1]
	return !p.punct && isLowerWord(p.text) && pastForm(p.lower)
}
