package coder

// Twenty-second pass (stop 40, CONSULT extras): a person told by a
// nationality alone.
//
// News names a private person who travels by a nationality used as a noun,
// counted or with "a": "a Russian who arrived in the Czech capital on a
// diplomatic passport", "15 Saudis who travelled to Istanbul were involved
// in the killing". Such a person is no official on a visit; the country
// his nationality names is no party to one. A delegation is told by its
// office ("the Russian delegation", "Saudi officials"), and "the Russians"
// with the article stays a side (news writes it of a negotiating team).

// countedPerson reports a subject head that is a capitalised word after
// "a", "an", a number or a count word, followed by "who": a person named
// by nationality.
func countedPerson(toks []token, at int) bool {
	if at < 1 || at+1 >= len(toks) || !toks[at].capital() || toks[at+1].lower != "who" {
		return false
	}
	w := toks[at-1].lower
	return w == "a" || w == "an" || w == "one" || isNumber(w) || countWords[w] || teenWords[w]
}

// teenWords are the counts above ten that countWords leaves out.
var teenWords = map[string]bool{
	"eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
	"seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "dozen": true,
}
