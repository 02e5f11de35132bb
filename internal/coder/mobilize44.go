package coder

// Forces moved or put on alert in the passive (stop 44): "Moroccan troops
// were deployed to the Algerian border", "The Greek military has been
// placed on high alert". The subject of the passive is the forces, and
// the country they belong to is the one that moved them, not the one the
// move is aimed at (roleOf makes a passive's subject the target, as "were
// expelled" does).

// movedForces are the nouns of armed forces a country's name or adjective
// heads.
var movedForces = map[string]bool{
	"troops": true, "forces": true, "soldiers": true, "military": true, "army": true, "navy": true,
	"warships": true, "warship": true, "jets": true, "units": true, "armed": true, "air": true,
	"naval": true, "tanks": true, "paratroopers": true, "marines": true, "reinforcements": true,
}

// namesMovedForces reports a mention that names a country's forces: a
// mention ending in a noun of forces ("Moroccan troops"), or a country
// adjective right before one ("the Greek military").
func namesMovedForces(toks []token, sp span, adjective bool) bool {
	if sp.end-sp.start >= 2 && movedForces[toks[sp.end-1].lower] {
		return true
	}
	if adjective && forceKinds[nextWord(toks, sp.end)] && movedForces[nextWord(toks, sp.end+1)] {
		return true // "Ugandan special forces", "Turkish ground troops" (stop 45)
	}
	return adjective && movedForces[nextWord(toks, sp.end)]
}

// forceKinds name a kind of force between a country's adjective and the
// noun of forces ("special forces", "ground troops", "elite units").
var forceKinds = map[string]bool{
	"special": true, "ground": true, "elite": true, "regular": true, "additional": true, "more": true,
	"combat": true, "army": true, "security": true, "defence": true, "defense": true, "peacekeeping": true,
}
