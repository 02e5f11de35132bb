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

// Twentieth pass (stop 38): a bare abbreviation as an object.
//
// Headlines drop "the": "China accuses US of spying", "Iran threatens US
// with retaliation", "Russia warns UK over drones". Mid-sentence such an
// abbreviation was read as the adjective ("US troops"), and the act lost
// its other side. An adjective always has its noun after it; an
// abbreviation followed by a preposition, a punctuation mark or the end of
// the sentence qualifies nothing, so it is the country's name.

// abbreviationBeforeNoNoun reports an all-capital abbreviation ("US",
// "U.S.") followed by the end of its sentence, a punctuation mark or a
// preposition that opens no noun of its own.
func abbreviationBeforeNoNoun(toks []token, sp span) bool {
	t := strings.ReplaceAll(sp.m.Text, ".", "")
	if len(t) < 2 || t != strings.ToUpper(t) {
		return false
	}
	if sp.end >= len(toks) || toks[sp.end].punct {
		return true
	}
	return nounlessAfterName[toks[sp.end].lower]
}

// nounlessAfterName are prepositions an adjective is never followed by
// and that tell what is done to the country named before them: "accuses
// US of", "threatens US with", "warns UK over", "blames US for". "to" and
// "after" are left out: they open a clause of their own ("urges US to
// cancel", "reaches US after torture"), whose act is another's.
var nounlessAfterName = map[string]bool{
	"of": true, "with": true, "over": true, "for": true, "against": true, "about": true,
}
