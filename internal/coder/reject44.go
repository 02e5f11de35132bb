package coder

// Twenty-sixth pass (stop 44): refusals written by hand.

// negativeModals are the modals that news writes as one word with their
// negation ("cannot accept", "can't support", "couldn't agree"). They are
// "can not" and "could not": a modal in the auxiliary chain, so the act
// after them is not done (readStatus), and a refusal only where a stance
// cue says so ("cannot accept the proposal", cues.tsv).
var negativeModals = map[string]bool{
	"cannot": true, "can't": true, "can’t": true, "couldn't": true, "couldn’t": true,
}

// intentAsNoun reports an intent cue ("offer to", "bid to", "pledge to")
// used as the noun: after a determiner or a possessive ("Kenya's offer to
// mediate", read so by markNounUses), or in its base or -s form after a
// determiner and one capitalised adjective ("a Kenyan offer to mediate",
// "the Turkish offer to host talks").
func intentAsNoun(toks []token, m match) bool {
	if !m.cue.flags.intent {
		return false
	}
	if m.noun {
		return true // after a determiner or a possessive (markNounUses)
	}
	if m.form != formBase && m.form != formThird || m.start < 2 {
		return false
	}
	prev := toks[m.start-1]
	return determiners[toks[m.start-2].lower] && toks[m.start-2].lower != "'s" && prev.text != prev.lower && !prev.punct
}

// refusedOffer returns the passive predicate of an offer told as a noun:
// "Kenya's offer to mediate was turned down by Ethiopia", "the Turkish
// offer to host talks has been rejected by Moscow". The offer's
// infinitive is what was offered, not an act; the participle after "was"
// is what was done to the offer, and its agent after "by" did it.
func refusedOffer(toks []token, matches []match, cl clause, m match) (match, bool) {
	if !intentAsNoun(toks, m) {
		return match{}, false
	}
	for i := m.end; i < cl.end && i <= m.end+nounComplementReach; i++ {
		w := toks[i].lower
		if toks[i].punct || complementStops[w] {
			return match{}, false
		}
		if w != "was" && w != "were" && w != "been" {
			continue
		}
		for _, n := range matches {
			if n.start == i+1 && !n.noun && !n.cue.flags.speech && n.cue.Type == "REJECT" {
				return n, true
			}
		}
		return match{}, false
	}
	return match{}, false
}

// deniedEntryTo reports the country after "entry to" or "access to" in a
// passive refusal ("A Russian delegation was denied entry to Moldova",
// "were refused entry into Hungary"): the country whose border it is
// refused the entry, so it is the source, as the agent after "by" is.
func deniedEntryTo(toks []token, m match, i int) bool {
	if m.cue.Type != "REJECT" || i <= m.end || i > m.end+4 {
		return false
	}
	k := i - 1
	if k > m.end && toks[k].lower == "the" {
		k--
	}
	if k <= m.end || toks[k].lower != "to" && toks[k].lower != "into" {
		return false
	}
	return toks[k-1].lower == "entry" || toks[k-1].lower == "access"
}
