package coder

import "strings"

// Twenty-second pass (stop 40): protesters placed before their verb. Wire
// copy names the crowd and where it stood before what it did: "Protesters
// in Manila burned a Chinese flag on Friday", "Demonstrators outside the
// embassy chanted slogans". The past verb after that short place phrase is
// the crowd's, and the day named is the day it was done; read without it,
// the crowd noun had no tense and "on Friday" was taken as the Friday to
// come.

// crowdPlaceWords open the place phrase between a crowd noun and its verb.
var crowdPlaceWords = map[string]bool{"in": true, "outside": true, "near": true, "at": true, "across": true, "from": true}

// notDoneForms are past forms that tell a plan, not a deed.
var notDoneForms = map[string]bool{"planned": true, "scheduled": true, "expected": true, "proposed": true, "called": true, "urged": true}

// crowdPlacedVerb reports a PROTEST crowd noun m ("protesters") followed by
// a place phrase of at most five words and then a lower-case past form: the
// crowd did it.
func crowdPlacedVerb(toks []token, cl clause, m match) bool {
	if m.cue.Type != "PROTEST" || !m.noun || m.end >= cl.end || !crowdPlaceWords[toks[m.end].lower] {
		return false
	}
	for i := m.end + 1; i < cl.end && i <= m.end+6; i++ {
		w := toks[i].lower
		if toks[i].punct {
			return false
		}
		if isLowerWord(toks[i].text) && pastForm(w) {
			return !notDoneForms[w]
		}
	}
	return false
}

// Twenty-second pass (stop 40): the protesters' country told by a demonym.
// A protest is told of the people who hold it, named by their country and
// their trade or standing: "Pakistani lawyers protested against India",
// "Kenyan traders marched on the Chinese embassy". The demonym before such
// a crowd names the protesting side, as "Iraqi protesters" does
// (actorNouns); elsewhere "Pakistani lawyers" are no state's act.

// protestingPeople name people by trade or standing, who protest. The
// crowds of crowdNouns (sides.go) are left out: "South African mobs
// launched attacks" tells an attack, which a crowd's act made a protest.
var protestingPeople = map[string]bool{
	"lawyers": true, "traders": true, "workers": true, "activists": true, "farmers": true, "fishermen": true,
	"residents": true, "citizens": true, "youths": true, "nationalists": true, "villagers": true, "merchants": true,
	"shopkeepers": true, "teachers": true, "doctors": true, "veterans": true, "monks": true, "marchers": true,
	"pilgrims": true, "expatriates": true, "consumers": true, "shoppers": true,
}

// protestingCrowd reports a country adjective at sp that heads a crowd
// noun before a PROTEST cue: "Pakistani lawyers protested".
func protestingCrowd(toks []token, sp span, m match, typ string) bool {
	if typ != "PROTEST" || sp.end > m.start || sp.end >= len(toks) {
		return false
	}
	return protestingPeople[toks[sp.end].lower] || sp.end+1 < len(toks) && isLowerWord(toks[sp.end].text) && protestingPeople[toks[sp.end+1].lower]
}

// Twenty-second pass (stop 40): "anti-American protests". News names the
// country a protest is against by "anti-" and its demonym ("anti-American
// rallies", "anti-Japanese protests broke out"), as it does by its name
// ("anti-China slogans"). The demonym there is the side protested against,
// not a mood of the protesters' own country.

// antiDemonym reports a country adjective written "anti-X" in a PROTEST.
func antiDemonym(toks []token, sp span, typ string) bool {
	return typ == "PROTEST" && sp.start < len(toks) && strings.HasPrefix(toks[sp.start].lower, "anti-")
}

// boycottedGoods reports a country adjective inside a boycott cue
// ("boycotted Japanese goods", "a boycott of French products"): the goods
// stand for the country protested against, as they stand for the country
// sanctioned in "tariffs on Chinese goods" (goodsOrigin, trade8.go).
func boycottedGoods(toks []token, sp span, m match, typ string) bool {
	return typ == "PROTEST" && sp.start > m.start && sp.start < m.end && strings.HasPrefix(toks[m.start].lower, "boycott")
}

// protestedDecision reports a country adjective after a PROTEST cue before
// a noun of decision ("rallied against the US decision", "protested the
// Japanese plan"): the country whose decision is protested, as in a
// response to it (reactions.go).
func protestedDecision(toks []token, sp span, m match, typ string) bool {
	return typ == "PROTEST" && sp.start >= m.end && sp.start <= m.end+2 && decisionNouns[nextWord(toks, sp.end)]
}

// Twenty-second pass (stop 40): where a crowd protests. News puts a protest
// in "the streets of" a city ("thousands took to the streets of Athens")
// or "across" a country ("protests erupted across Iraq"); the place is the
// venue, and with it the protesters' country, as after "in".

// streetNouns name the open places of a city that a crowd fills.
var streetNouns = map[string]bool{"streets": true, "street": true, "squares": true, "square": true}

// crowdVenue reports a mention of a PROTEST's place written "the streets
// of X" or "across X"; before is the word before the mention.
func crowdVenue(toks []token, sp span, before, typ string) bool {
	if typ != "PROTEST" {
		return false
	}
	if before == "across" {
		return true
	}
	return before == "of" && sp.start >= 2 && (streetNouns[toks[sp.start-2].lower] || sp.start >= 3 && toks[sp.start-2].lower == "the" && streetNouns[toks[sp.start-3].lower])
}
