package coder

import "strings"

// Twenty-second pass (stop 40, requests written by hand). After a verb of
// demand English drops the "to" and gives the one asked the bare verb of
// what it must do: "Iran demanded the UK release the tanker", "Iran
// demands US free detained sailors", "insisted that the US withdraw". An
// abbreviation there was read as the adjective of the noun after it ("the
// UK economy"), and the request lost the side it is made of. Straight
// after the demand (past "that" and "the") the abbreviation opens the
// clause of what is demanded: it is the country, the subject of that verb.

// demandedAbbreviation reports an all-capital abbreviation ("UK", "U.S.")
// named right after a verb of demand, perhaps past "that" and "the".
func demandedAbbreviation(toks []token, sp span) bool {
	t := strings.ReplaceAll(sp.m.Text, ".", "")
	if len(t) < 2 || t != strings.ToUpper(t) {
		return false
	}
	i := sp.start - 1
	if i >= 0 && toks[i].lower == "the" {
		i--
	}
	that := i >= 0 && toks[i].lower == "that"
	if that {
		i--
	}
	if i < 0 {
		return false
	}
	w := toks[i].lower
	return demandForms[w] || that && thatRequestForms[w]
}

// demandForms are the forms of "demand" that take the bare clause with or
// without "that" ("demanded the UK release").
var demandForms = map[string]bool{
	"demand": true, "demands": true, "demanded": true, "demanding": true,
}

// thatRequestForms are verbs of asking that take the bare clause only
// after "that" ("insisted that the US withdraw", "asked that the UK
// return"); without it the abbreviation may be the adjective of their
// object ("asked US officials").
var thatRequestForms = map[string]bool{
	"insist": true, "insists": true, "insisted": true, "insisting": true,
	"ask": true, "asks": true, "asked": true, "asking": true,
	"request": true, "requests": true, "requested": true, "requesting": true,
	"urge": true, "urges": true, "urged": true, "urging": true,
}

// requestedBy reports the reduced passive of a verb of asking in a
// headline or a clause with no auxiliary: "Israel urged by US to scale
// back offensive", "Japan pressed by Washington to raise spending". The
// participle with "by" right after it is no past tense: the country
// before it is the one asked, the one after "by" the asker.
func requestedBy(toks []token, m match) bool {
	if m.cue.Type != "REQUEST" || m.noun || m.start+1 >= len(toks) || toks[m.start+1].lower != "by" {
		return false
	}
	return askedParticiples[toks[m.start].lower]
}

// askedParticiples are the participles of asking that a reduced passive
// opens with.
var askedParticiples = map[string]bool{
	"urged": true, "pressed": true, "pressured": true, "pushed": true, "asked": true,
	"called": true, "begged": true, "implored": true, "petitioned": true,
}
