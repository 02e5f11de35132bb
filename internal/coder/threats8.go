package coder

import "storyline/internal/event"

// Rules of the eighth pass (stop 26) on threats and the reactions to
// them.

// forceNouns name the act of force a threat holds out: "threatened a
// military intervention", "not ruling out military action".
var forceNouns = map[string]bool{
	"intervention": true, "action": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"attack": true, "attacks": true, "invasion": true, "operation": true, "incursion": true, "offensive": true,
	"force": true, "option": true, "war": true, "involvement": true,
}

// threatenedPlace reports a place named as where the force a threat holds
// out would be used ("threatened a military intervention in Venezuela",
// "the threat of military action in Syria"): "in" right after a noun of
// force that follows the cue. The place is where the act would land, so
// its country is the one threatened, not the venue of the words.
func threatenedPlace(toks []token, m match, sp span, typ string) bool {
	if typ != "THREATEN" || sp.start <= m.start {
		return false
	}
	k := sp.start - 1
	for k > m.start && (toks[k].lower == "the" || compassWords[toks[k].lower] && isLowerWord(toks[k].text)) {
		k--
	}
	return k > m.start && toks[k].lower == "in" && forceNouns[toks[k-1].lower]
}

// threatenedCountry makes the country a threatened act would land in the
// target of a threat that names who threatens and no one threatened. A
// country threatening force in itself gets no target this way.
func (c *articleCoder) threatenedCountry(parties []*party, loc *event.Location) []*party {
	if loc == nil || loc.Country == nil || *loc.Country == "" {
		return parties
	}
	place := *loc.Country
	hasSource := false
	for _, p := range parties {
		if p.role == event.RoleTarget || p.country == place {
			return parties
		}
		hasSource = hasSource || p.role == event.RoleSource
	}
	if !hasSource {
		return parties
	}
	return append(parties, &party{key: place, country: place, name: c.countryName(place), role: event.RoleTarget})
}
