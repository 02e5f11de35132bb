package coder

import "storyline/internal/actors"

// The place an attack lands on. War news names the target of a strike by
// the city, port or region it hit: "Russia struck Odesa overnight",
// "launched a drone attack on Kharkiv", "air strikes on Sanaa, Yemen's
// capital". Such a place is where the attack landed, as "in" and "at"
// make a place the venue ("fired missiles at Kyiv"), so the country it
// lies in is the side attacked when the clause names no other
// (placeAsTarget; eleventh pass).

// attackedPlace reports a place of a known country named right after an
// ASSAULT cue told by a verb ("struck Odesa", "shelled the town of ..."
// is left: a place noun comes first), or after its noun and "on" or
// "against" ("an attack on Kharkiv", "strikes against Hodeidah"), with at
// most "the" between.
func attackedPlace(typ string, toks []token, m match, sp span) bool {
	if typ != "ASSAULT" || sp.m.Kind != actors.Place || sp.m.Country == "" || sp.start < m.end {
		return false
	}
	k := m.end
	if m.noun || m.end > 0 && attackNouns[toks[m.end-1].lower] { // "launched air strikes on"
		if k >= len(toks) || toks[k].lower != "on" && toks[k].lower != "against" {
			return false
		}
		k++
	}
	if k < len(toks) && toks[k].lower == "the" {
		k++
	}
	return sp.start == k
}
