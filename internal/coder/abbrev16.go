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

// Twentieth pass (stop 38), cooperative forms written by hand: a bare
// abbreviation as the object of a verb. Headlines and leads write "China
// urges US to cancel tariffs", "Iran asks US to lift sanctions", "praised
// UK for its help" without "the"; the abbreviation then names the country
// the act is done to, as "the US" does. It is the name only when nothing
// it could qualify follows: a function word ("to", "for", "on"), a
// punctuation mark or the end ("urged US officials" stays the adjective).

// objectAbbreviation reports a mention written as an all-capital
// abbreviation after a lower-case word that is no determiner nor a verb
// of arriving, and before a function word other than "and" or "or" ("joint
// US and Israeli strikes": the adjective), a punctuation mark or the end
// of the sentence.
func objectAbbreviation(toks []token, sp span) bool {
	t := strings.ReplaceAll(sp.m.Text, ".", "")
	if len(t) < 2 || t != strings.ToUpper(t) || sp.start == 0 {
		return false
	}
	prev := toks[sp.start-1]
	if prev.punct || !isLowerWord(prev.text) || determinerWords[prev.lower] || arrivalVerbs[prev.lower] {
		return false
	}
	if sp.end >= len(toks) || toks[sp.end].punct {
		return true
	}
	next := toks[sp.end].lower
	return functionWords[next] && next != "and" && next != "or"
}

// arrivalVerbs tell where someone went ("reaches US after ..."): the
// country after them is a place reached, not the one an act is done to.
var arrivalVerbs = map[string]bool{
	"reach": true, "reaches": true, "reached": true, "arrive": true, "arrives": true, "arrived": true,
	"return": true, "returns": true, "returned": true, "flee": true, "flees": true, "fled": true,
	"land": true, "lands": true, "landed": true,
}

// determinerWords open a noun phrase: an abbreviation after them qualifies
// a noun ("a US and UK team") or is named with "the" (namedAsNoun).
var determinerWords = map[string]bool{
	"a": true, "an": true, "the": true, "this": true, "that": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "every": true, "any": true, "some": true,
}
