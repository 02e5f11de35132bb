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

// Twentieth pass (stop 38): a bare abbreviation named as a country.
//
// Headlines and leads drop "the": "China accuses US of spying", "Iran
// threatens US with retaliation", "Russia warns UK over drones", "China
// urges US to cancel tariffs", "praised UK for its help". Mid-sentence
// such an abbreviation was read as the adjective ("US troops"), and the
// act lost its other side. An adjective always has its noun after it; an
// abbreviation followed by the end of its sentence, a punctuation mark or
// a preposition that opens no noun of its own qualifies nothing, so it is
// the country's name. Before another function word ("to", "on") it is the
// name only as the object of a verb: after a lower-case word that is no
// determiner ("a US and UK team") and no verb of arriving ("reaches US
// after torture": a place reached), and never before "and" or "or"
// ("joint US and Israeli strikes": the adjective).

// bareAbbreviationName reports an all-capital abbreviation ("US", "U.S.")
// that names its country by what follows it (see above).
func bareAbbreviationName(toks []token, sp span) bool {
	t := strings.ReplaceAll(sp.m.Text, ".", "")
	if len(t) < 2 || t != strings.ToUpper(t) {
		return false
	}
	if sp.end >= len(toks) || toks[sp.end].punct {
		return true
	}
	next := toks[sp.end].lower
	if nounlessAfterName[next] {
		return true
	}
	if sp.start == 0 || next == "and" || next == "or" || !functionWords[next] {
		return false
	}
	prev := toks[sp.start-1]
	return !prev.punct && isLowerWord(prev.text) && !determinerWords[prev.lower] && !arrivalVerbs[prev.lower]
}

// nounlessAfterName are prepositions an adjective is never followed by
// and that tell what is done to the country named before them: "accuses
// US of", "threatens US with", "warns UK over", "blames US for". "to" and
// "after" are left out: they may open a clause of their own ("reaches US
// after torture"), whose act is another's.
var nounlessAfterName = map[string]bool{
	"of": true, "with": true, "over": true, "for": true, "against": true, "about": true,
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
