package coder

import "storyline/internal/actors"

// guestNotVenue reports a person named where a venue word would make him
// the place: "Li Qiang met with visiting Pakistani Prime Minister Shehbaz
// Sharif", "the Foreign Secretary called in the Russian ambassador".
// Official releases name the guest after "visiting", and the British
// Foreign Office writes a summons as "called in" the envoy. Before a place
// both words give the venue ("troops visiting Kabul", "called in Moscow"),
// but a person is never where an act happens: he is the visitor or the
// envoy summoned, a side of the act (twenty-first pass, official texts).
func guestNotVenue(toks []token, sp span, lo int, before string, mm actors.Mention) bool {
	if mm.Kind != actors.Person {
		return false
	}
	if before == "visiting" {
		return true
	}
	return before == "in" && calledIn(toks, sp.start, lo)
}

// calledIn reports a form of "call" right before the "in" that precedes
// token i (past "the" and compass words, as wordBeforePlace reads them).
func calledIn(toks []token, i, lo int) bool {
	k := i - 1
	for k > lo && toks[k].lower != "in" {
		k--
	}
	if k <= lo {
		return false
	}
	switch toks[k-1].lower {
	case "call", "calls", "called", "calling":
		return true
	}
	return false
}
