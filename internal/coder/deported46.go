package coder

import "strings"

// Twenty-eighth pass (stop 46, the reader's pass on groups cj and ck).
// Wire copy tells the end of a foreigner's imprisonment by the way he
// left: "was deported to Australia after 400 days in an Egyptian jail",
// "freed from prison and deported overnight", "deported the jailed
// reporter to his home country", "deported him on Sunday after holding
// him for more than a year". A deportation is a coercion when it is the
// measure ("deported two activists for joining protests"); told of one
// who was held, it is how the state let him go: the release, a CONCEDE
// by the state that held him to the state he goes home to.

// heldWords tell, in the clause of a deportation, that the one deported
// had been held: the imprisonment, its place, or the release itself.
var heldWords = map[string]bool{
	"jailed": true, "imprisoned": true, "jail": true, "prison": true, "imprisonment": true,
	"incarceration": true, "incarcerated": true, "sentenced": true, "convicted": true,
	"freed": true, "released": true, "pardoned": true, "captivity": true,
}

// deportedFromCaptivity reports a deportation cue (COERCE "deport+")
// whose sentence tells the one deported was held before: a word of
// imprisonment or release, "behind bars", "set free", or "after holding
// him|her|them". A mere arrest ("detained and deported") stays the
// coercion it is.
func deportedFromCaptivity(toks []token, m match, typ string) bool {
	if typ != "COERCE" || m.noun || !strings.HasPrefix(toks[m.start].lower, "deport") {
		return false
	}
	for i, t := range toks {
		w := t.lower
		switch {
		case heldWords[w]:
			return true
		case w == "behind" && i+1 < len(toks) && toks[i+1].lower == "bars":
			return true
		case w == "set" && i+1 < len(toks) && toks[i+1].lower == "free":
			return true
		case w == "holding" && i > 0 && toks[i-1].lower == "after":
			return true
		}
	}
	return false
}
