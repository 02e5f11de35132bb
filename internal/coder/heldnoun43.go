package coder

// Twenty-fifth pass (stop 43, headlines, second pass, from headlines
// written by hand): a headline drops the article and the "was" alike, so
// "A Briton was detained in Iran" is headlined "Briton detained in Iran",
// "American jailed in Russia for spying". The singular demonym that opens
// such a headline is the person held, a noun, as "an American" is after
// its article (countedOne, people9.go) and "Britons" is in the plural;
// before anything else ("Canadian troops", "British academic jailed") it
// is still the adjective.

// heldDemonym reports a one-word demonym opening the sentence, right
// before a participle of a headline's dropped passive (headlineHeldVerbs,
// coerce23.go).
func heldDemonym(toks []token, sp span) bool {
	return sp.start == 0 && sp.end == 1 && sp.end < len(toks) && headlineHeldVerbs[toks[sp.end].lower]
}
