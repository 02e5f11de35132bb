package coder

import "strings"

// "Strikes against" is a walkout in labour news and a raid in war news,
// on the border of PROTEST and ASSAULT. A state's strikes on an armed
// party are the raid: "the first U.S. strikes against the Houthis",
// "Israeli strikes against Hezbollah". Both marks are needed, for "French
// strikes against the pension reform" is a walkout: a country named right
// before "strikes", and a party (a country or an armed group) right after
// "against", "on" or "over".

// stateStrikeOn reports the PROTEST cue m as "strikes against" with a
// country before it and a party after it.
func stateStrikeOn(toks []token, m match, spans []span) bool {
	if m.cue.Type != "PROTEST" || !strings.HasPrefix(toks[m.start].lower, "strike") {
		return false
	}
	before, after := false, false
	for _, sp := range spans {
		if sp.m.Country == "" {
			continue
		}
		if sp.end == m.start {
			before = true
		}
		if sp.start > m.start && sp.start <= m.end+2 {
			after = true
		}
	}
	return before && after
}
