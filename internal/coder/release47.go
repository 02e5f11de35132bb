package coder

import "storyline/internal/event"

// Twenty-ninth pass (stop 47): a release told of one "held in" a country.
//
// News names the person freed by where he was held: "A French tourist
// held in Iran for two years was freed on Saturday", "Two Thai fishermen
// detained in Myanmar have been released". The reduced relative before
// the passive release says who held him, as "released from prison in
// Iran" does after it (releasedFromCaptivity, coerce23.go); without it
// the release named only the one freed, and the outlet that wrote "Iran
// freed a French tourist" told an event with another set of countries.

// heldInBefore reports a participle of holding (heldVerbs) followed by
// "in", after a noun and before the passive release cue m in its clause:
// "tourist held in Iran ... was freed".
func heldInBefore(toks []token, m match) bool {
	if !isPassive(toks, m) {
		return false
	}
	for k := m.start - 1; k >= 1; k-- {
		if toks[k].punct {
			return false
		}
		if heldVerbs[toks[k].lower] && k+1 < m.start && toks[k+1].lower == "in" {
			prev := toks[k-1]
			return !prev.punct && !beforeParticiple[prev.lower] && !subjectPronouns[prev.lower] && !articles[prev.lower]
		}
	}
	return false
}

// releasedWhereHeld adds the country of the place as the releasing side of
// a CONCEDE whose one freed was "held in" that place (heldInBefore), when
// no party is of that country and none already releases.
func (c *articleCoder) releasedWhereHeld(typ string, toks []token, m match, parties []*party, loc *event.Location) []*party {
	if typ != "CONCEDE" || loc == nil || loc.Country == nil || *loc.Country == "" || len(parties) == 0 || !heldInBefore(toks, m) {
		return parties
	}
	place := *loc.Country
	for _, p := range parties {
		if p.country == place || p.role == event.RoleSource {
			return parties
		}
	}
	return append(parties, &party{key: place, country: place, name: c.countryName(place), role: event.RoleSource})
}
