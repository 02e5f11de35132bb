package coder

import "storyline/internal/event"

// Eighteenth pass (stop 36): a visit or talks told as going on.
//
// News tells a trip under way in the present progressive of a light verb
// and the act's noun: "is paying his first visit to Vietnam", "are paying
// a State Visit to the United Kingdom", "is making his first visit to
// Japan as president". The noun has no tense of its own and the light
// verb is no past, so nothing dated the act and the bare noun was
// dropped; the progressive says the act is going on when the page is
// written, as "is visiting" does. An arrangement ("is paying a visit next
// week") stays planned, as the verb's progressive does (arrangedFor).

// lightProgressives are the light verbs whose progressive carries an act
// noun: "paying a visit", "making a trip", "holding talks".
var lightProgressives = map[string]bool{
	"paying": true, "making": true, "conducting": true, "undertaking": true, "holding": true,
}

// carrierBreaks are words that part a light verb from the noun it would
// carry: a preposition or a conjunction starts another phrase.
var carrierBreaks = map[string]bool{
	"for": true, "of": true, "to": true, "in": true, "on": true, "at": true, "with": true, "about": true,
	"and": true, "or": true, "after": true, "before": true, "during": true, "that": true,
}

// progressiveLight returns the status of a noun cue carried by a light
// verb in the present progressive ("is paying a visit"), looking back
// over the noun's determiners and adjectives ("a three-day state"); ok is false for none.
func progressiveLight(toks []token, cl clause, m match) (event.Status, bool) {
	for i := m.start - 1; i > cl.start && i >= m.start-8; i-- {
		if toks[i].punct && !gluedMark(toks, i) || carrierBreaks[toks[i].lower] {
			return event.Unknown, false // "is paying for the visit": the noun is no object of the light verb
		}
		if !lightProgressives[toks[i].lower] {
			continue
		}
		if p := toks[i-1].lower; p != "is" && p != "are" && p != "'s" && p != "'re" {
			return event.Unknown, false
		}
		if arrangedFor(toks, cl) {
			return event.Planned, true // "is paying a visit to Japan next week": arranged
		}
		return event.Occurred, true
	}
	return event.Unknown, false
}

// progressiveAt reports a present progressive at token k ("is paying",
// "are holding"): after "as" and a name it opens a clause of its own, told
// beside the one before ("Hua's comments came as Obama is paying his first
// visit to Vietnam"), as a past verb there does (clauses7.go).
func progressiveAt(toks []token, k int) bool {
	if k+1 >= len(toks) || toks[k].lower != "is" && toks[k].lower != "are" {
		return false
	}
	w := toks[k+1].lower
	return len(w) > 5 && w[len(w)-3:] == "ing"
}
