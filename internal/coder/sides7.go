package coder

// Rules of the seventh pass (stop 25) on which countries are the sides.

// describedBy reports an apposition opened by "the" and a lower-case word
// at the comma k, before the span sp: "warned Iran, the main backer of the
// Houthis, that ...", "Qatar, the host of the talks, said". What it names
// says who the country before the comma is. The apposition closes with a
// comma right after the span or its noun ("the Syrian rebels,"); a list goes on with a name ("Iran, the US
// and China"), and a clause after the comma ("at the direction of Trump,
// the country's military carried out an airstrike targeting Iranian
// general ...") is no apposition.
func describedBy(toks []token, k int, sp span) bool {
	return toks[k+1].lower == "the" && k+2 < sp.start && isLowerWord(toks[k+2].text) &&
		(sp.end < len(toks) && toks[sp.end].lower == "," || sp.end+1 < len(toks) && toks[sp.end+1].lower == "," && isLowerWord(toks[sp.end].text))
}
