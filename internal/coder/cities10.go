package coder

import "storyline/internal/actors"

// The place an attack is made on (stop 28).
//
// News names the target of a strike by the city it falls on as often as by
// the country: "Israeli forces launched air strikes on Sanaa", "a missile
// attack on Kharkiv", "the raid on the port of Hodeidah". A country after
// "on" is already the one attacked; a city there was read as no party
// and no venue, so the attack had an attacker only. Now a place after an
// attack noun and "on" is where the attack lands, as "strikes in Sanaa"
// is, and the place's country becomes the target (targetFromPlace).

// onAttackNouns are the nouns of an attack that take what they hit after "on".
var onAttackNouns = map[string]bool{
	"attack": true, "attacks": true, "strike": true, "strikes": true, "airstrike": true, "airstrikes": true,
	"assault": true, "bombing": true, "bombings": true, "raid": true, "raids": true, "incursion": true,
	"shelling": true, "offensive": true, "bombardment": true, "barrage": true, "fire": true,
}

// attackedPlace reports a place after an attack noun and "on", with "the",
// a compass word, or "the city|port of" between: "air strikes on Sanaa",
// "an attack on the port city of Odesa". The place is the attack's venue,
// a capital too: "the attack on Kyiv" is on the city, not by its government.
func attackedPlace(toks []token, sp span, lo int, typ string) bool {
	if typ != "ASSAULT" || sp.m.Kind != actors.Place && !(sp.m.Kind == actors.Country && sp.m.Metonym) {
		return false
	}
	k := sp.start - 1
	if k-1 >= lo && toks[k].lower == "of" && settlementNouns[toks[k-1].lower] {
		k -= 2 // "on the port city of Odesa"
		for k >= lo && k >= sp.start-7 && isLowerWord(toks[k].text) && toks[k].lower != "the" && toks[k].lower != "on" {
			k--
		}
	}
	return afterAttackOn(toks, k, lo)
}

// afterAttackOn reports "ATTACK-NOUN on [the] [compass word]" ending at
// token k.
func afterAttackOn(toks []token, k, lo int) bool {
	for k >= lo && (toks[k].lower == "the" || compassWords[toks[k].lower] && isLowerWord(toks[k].text)) {
		k--
	}
	return k-1 >= lo && toks[k].lower == "on" && onAttackNouns[toks[k-1].lower]
}
