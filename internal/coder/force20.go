package coder

import "strings"

// Twenty-second pass (stop 40, the force family): where force is sent and
// what it hits, written by hand.
//
// English wire copy names the state a deployment is aimed at by the place
// the forces go to or gather at: "massed troops on the border with
// Ukraine", "deployed troops to the Ukrainian border", "sent warships near
// the Philippines". Elsewhere such a country only names a place ("visited
// the U.S.-Mexico border": placeModifier) or the venue ("met near
// Geneva"); but forces brought to a country's border, waters or vicinity
// are brought against it, so for a mobilization that country is the side
// the forces face.
//
// Force told by its target names the hit state by its adjective before
// a place of people or a camp: "shelled Ukrainian villages", "bombed
// Pakistani militant camps". Such an adjective ("a Ukrainian village")
// is no party in general, but the object of an attack lies in the
// country it names.

// facingWords before a country make it where forces gather or go near.
var facingWords = map[string]bool{"near": true, "around": true, "off": true, "along": true}

// mobilizedToward reports a country that names where a mobilization's
// forces go or gather: the border, waters or coast it names
// (placeModifier), or the country itself after "near", "around", "off"
// or "along". Only after the cue: the country before it is the mover's.
func mobilizedToward(toks []token, m match, sp span, typ string) bool {
	if typ != "MOBILIZE" && !(typ == "THREATEN" && m.cue.Type == "MOBILIZE") || sp.start < m.end-1 {
		// A deployment held out as a threat faces the same border as one
		// made ("would move troops toward its border with Finland if ...").
		return false
	}
	if borderForNonState(toks, m) {
		return false
	}
	if ownBorder(toks, sp) {
		return neighbourFaced(toks) // "deployed troops along its border with Belarus" (mobilize23.go)
	}
	return placeModifier(toks, sp) || facingWords[wordBeforePlace(toks, sp.start, m.start)]
}

// nonStateFoes are the armed groups, gangs and crossers a border is
// guarded against: forces sent "to the Nigerian border to contain the
// Boko Haram insurgency" face the insurgents, not Nigeria.
var nonStateFoes = map[string]bool{
	"insurgency": true, "insurgents": true, "insurgent": true, "militants": true, "militant": true,
	"jihadists": true, "jihadist": true, "rebels": true, "terrorists": true, "terrorist": true,
	"smugglers": true, "smuggling": true, "traffickers": true, "trafficking": true, "migrants": true,
	"cartels": true, "gangs": true, "bandits": true,
}

// borderForNonState reports a mobilization whose sentence, after the cue,
// names a non-state foe it is aimed at.
func borderForNonState(toks []token, m match) bool {
	for k := m.end; k < len(toks); k++ {
		if nonStateFoes[toks[k].lower] {
			return true
		}
	}
	return false
}

// hitPlaceNouns are places an attack falls on whose country's adjective
// names the state hit: "shelled Ukrainian villages". Towns are left out:
// "continues to shell Ukrainian towns" is often the charge of the town's
// own leader, whose country the ninth pass keeps out as the teller.
var hitPlaceNouns = map[string]bool{
	"village": true, "villages": true, "city": true, "cities": true,
	"camp": true, "camps": true, "post": true, "posts": true, "port": true, "ports": true,
	"border": false,
	// A single town, an island, a region or the capital is hit as the
	// villages are ("struck the Israeli town of Kiryat Shmona", "shelled
	// a South Korean island"), and so is a patrol ("ambushed a South
	// Sudanese patrol") (twenty-third pass, stop 41, vocabulary).
	"town": true, "island": true, "islands": true, "region": true, "capital": true,
	"patrol": true, "patrols": true,
}

// hitPlace reports a country adjective after an attack cue before a place
// it hits, with at most one lower-case modifier between ("Pakistani
// militant camps").
func hitPlace(toks []token, m match, sp span, typ string) bool {
	if typ != "ASSAULT" || sp.start < m.end || sp.start > m.end+2 {
		return false
	}
	return nounAfter(toks, sp.end, hitPlaceNouns)
}

// ownBorder reports a country named after "its border with": a state that
// sends forces to its own side of a border is as often guarding it against
// crossers or armed groups as facing the neighbour, so the neighbour is
// left out ("deployed forces to its border with Nigeria" after an
// insurgent group spread).
func ownBorder(toks []token, sp span) bool {
	i := sp.start - 3
	return i >= 0 && toks[i].lower == "its" && placeNouns[toks[i+1].lower] && toks[i+2].lower == "with"
}

// coercedPeople are people whose arrest, jailing or expulsion is told by
// their country's adjective: "arrested 20 Kenyan traders", "jailed a
// Ukrainian filmmaker", "deported Afghan refugees". The people coerced
// stand for their country, as its citizens and journalists do
// (actorNouns).
var coercedPeople = map[string]bool{
	"trader": true, "traders": true, "businessman": true, "businessmen": true, "businesswoman": true,
	"filmmaker": true, "activist": true, "activists": true, "worker": true, "workers": true,
	"fisherman": true, "fishermen": true, "migrant": true, "migrants": true, "refugees": true,
	"researcher": true, "researchers": true, "academic": true, "scholar": true, "writer": true,
	"crew": true, "crewmen": true, "crewmembers": true, "seafarers": true, "sailors": true, "truckers": true, "drivers": true, "pilgrims": true, "man": true,
	"woman": true, "men": true, "women": true, "national": true,
	// Freed as they were held (concede20.go): "freed an Australian
	// economist", "released six American oil executives".
	"economist": true, "executive": true, "executives": true, "engineer": true, "teacher": true,
	"students": true, "hiker": true, "hikers": true, "nun": true, "nuns": true, "priest": true, "priests": true,
	// Captives of war freed or handed back (stop 43, concede43): "returned
	// the captured Indian pilot", "freed 40 Russian servicemen", "handed
	// over 50 Ukrainian POWs".
	"pilot": true, "pilots": true, "serviceman": true, "servicemen": true, "pows": true,
	"prisoner": true,
}

// coercedPerson reports a country adjective before people coerced, with
// at most one lower-case modifier between ("Kenyan cross-border traders").
func coercedPerson(toks []token, sp span, typ string) bool {
	if typ != "COERCE" && typ != "CONCEDE" || strings.Contains(toks[sp.end-1].text, "-") {
		return false // "an Estonian-born businessman": only born there
	}
	return nounAfter(toks, sp.end, coercedPeople) || coercedOther(toks, sp, typ)
}

// nounAfter reports a noun of nouns at i, or after one lower-case
// modifier ("Pakistani militant camps", "Kenyan cross-border traders").
func nounAfter(toks []token, i int, nouns map[string]bool) bool {
	return nounWithin(toks, i, 1, nouns)
}

// nounWithin reports a noun of nouns at i, or after up to mods lower-case
// modifiers ("a German human rights activist": two).
func nounWithin(toks []token, i, mods int, nouns map[string]bool) bool {
	for k := i; k < len(toks) && k <= i+mods; k++ {
		if nouns[toks[k].lower] {
			return true
		}
		if toks[k].punct || !isLowerWord(toks[k].text) {
			return false
		}
	}
	return false
}
