package coder

import "storyline/internal/actors"

// Rules of the seventeenth pass (stop 35) on the sides of an act: a place
// named with its division noun ("the province of Hodeidah").

// divisionNouns name a province, state or region: "the province of
// Hodeidah", "Hodeidah province", "the Kharkiv region".
var divisionNouns = map[string]bool{
	"province": true, "region": true, "state": true, "oblast": true, "governorate": true,
	"prefecture": true, "district": true,
}

// namedDivision reports a place (a city or a region, not a country) named
// with its division noun before "of" or after it. News writes "strikes in
// the coastal province of Hodeidah" and "attacks in Kharkiv region": the
// place is where the act falls, as "in Hodeidah" is; it is no modifier of
// a place named by the noun, as a country is in "the border of Lebanon".
func namedDivision(toks []token, sp span) bool {
	if sp.m.Kind != actors.Place {
		return false
	}
	if i := sp.start - 1; i >= 1 && toks[i].lower == "of" && divisionNouns[toks[i-1].lower] {
		return true
	}
	return sp.end < len(toks) && divisionNouns[toks[sp.end].lower]
}
