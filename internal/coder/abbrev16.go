package coder

import "strings"

// Sixteenth pass (stop 34, the ar and as families): a country's
// abbreviation in a list.
//
// "UK" and "US" are a country's name and its adjective alike; without
// "the" the coder reads them as the adjective ("UK officials"). Headlines
// and leads list them bare as the actors themselves: "US, UK blame Russia
// for cyber attacks", "Japan, UK agree to work on trade deal", "The US,
// UK, and Georgia accused the Russian military". After a comma or "and",
// or opening the sentence, an abbreviation that is not before a noun it
// qualifies (namedAsNoun's test) is the name.

// listedAbbreviation reports a mention written as an all-capital
// abbreviation ("UK", "U.S.") that opens its sentence or follows a comma,
// "and" or "&".
func listedAbbreviation(toks []token, sp span) bool {
	t := strings.ReplaceAll(sp.m.Text, ".", "")
	if len(t) < 2 || t != strings.ToUpper(t) {
		return false
	}
	if sp.start == 0 {
		return true
	}
	switch toks[sp.start-1].lower {
	case ",", "and", "&":
		return true
	}
	return false
}
