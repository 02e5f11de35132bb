package coder

import (
	"slices"

	"storyline/internal/nlp"
)

// An attack on a foreign mission told as a noun: "condemned the attack on
// Iran's consulate in Basra", "in the wake of a violent attack against
// Bangkok's consulate in Istanbul", "the attack on the Embassy of the
// Kingdom of Bahrain to the Republic of Iraq". News English names the
// mission by its owner (a possessive, a demonym, or "the Embassy of X")
// and places it by its host ("in Basra", "to the Republic of Iraq"); the
// clause around the noun is someone's reaction, so the clause's own cue
// codes the condemnation and the attack itself was lost. A reader knows
// from the noun phrase alone that the host country's people attacked the
// owner's mission: the attack is coded apart, host against owner, done.
// "Its" mission is the mission of the country the sentence names before
// the noun ("Iran has condemned a brutal attack on its consulate in
// Basra"); a mission with only "the" is left alone. An attack the page
// tells in its own words is not doubled (dropToldMissionAttacks).

// missionAttackNouns are act nouns of a crowd's or a force's attack on a
// mission, with the type of the act.
var missionAttackNouns = map[string]string{
	"attack": "ASSAULT", "assault": "ASSAULT", "raid": "ASSAULT", // singular: "the attacks on the embassy" tell no one act
	"storming": "PROTEST", "ransacking": "PROTEST", "torching": "PROTEST", "burning": "PROTEST",
}

// missionAttacks returns the attacks on a foreign mission the sentence
// tells as a noun with the mission's owner and host named; attacks the
// sentence already codes between the two are left alone.
func (c *articleCoder) missionAttacks(s nlp.Sentence, toks []token, spans []span, coded []*report) []*report {
	var out []*report
	for i := 1; i+3 < len(toks); i++ {
		typ := missionAttackNouns[toks[i].lower]
		if typ == "" || !definiteAct(toks, i) {
			continue
		}
		if w := toks[i+1].lower; w != "on" && w != "against" && w != "of" {
			continue
		}
		owner, host, end := missionSides(toks, spans, i+2)
		if owner == "" && toks[i+2].lower == "its" {
			owner = phraseCountry(spans, 0, i) // "Iran condemned the attack on its consulate": the clause's own country
		}
		if owner == "" || host == "" || owner == host || codedPair(coded, typ, owner, host) || codedPair(out, typ, owner, host) {
			continue
		}
		r := c.byActReport(s, toks, i, end, typ, host, owner)
		if c.missionReps == nil {
			c.missionReps = map[*report]bool{}
		}
		c.missionReps[r] = true
		out = append(out, r)
	}
	return out
}

// dropToldMissionAttacks drops an attack on a mission read from a noun
// phrase when another sentence of the page tells a protest or an attack
// between the same two countries: the noun then refers back to the act
// the page tells in its own words ("protesters stormed the consulate ...
// Iran condemned the attack on its consulate").
func (c *articleCoder) dropToldMissionAttacks(reports []*report) []*report {
	if len(c.missionReps) == 0 {
		return reports
	}
	return slices.DeleteFunc(reports, func(r *report) bool {
		if !c.missionReps[r] {
			return false
		}
		owner, host := r.ev.Actors[1].Country, r.ev.Actors[0].Country
		return slices.ContainsFunc(reports, func(o *report) bool {
			return !c.missionReps[o] && missionProtestTypes[o.ev.Type] &&
				hasCountry(o.ev.Actors, *owner) && hasCountry(o.ev.Actors, *host)
		})
	})
}

// definiteAct reports a determiner or a possessive before the act noun at
// i, past at most one adjective: "the attack", "a violent attack",
// "Saturday's attack". A bare "attacks on embassies" tells no one act.
func definiteAct(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		w := toks[k].lower
		if determiners[w] || w == "'s" {
			return true
		}
		if toks[k].punct || !isLowerWord(toks[k].text) {
			return false
		}
	}
	return false
}

// missionSides reads the mission after the act noun's preposition at i:
// its owner before the mission noun ("Iran's consulate", "the Thai
// consulate") or in its "of" phrase ("the Embassy of the Kingdom of
// Bahrain"), and its host in the "in" or "to" phrase after it. It returns
// "" when the mission noun is not within five words or a side names no
// country or several.
func missionSides(toks []token, spans []span, i int) (owner, host string, end int) {
	m := -1
	for k := i; k < len(toks) && k < i+5; k++ {
		if missionNouns[toks[k].lower] {
			m = k
			break
		}
		if toks[k].punct && toks[k].lower != "'s" && toks[k].lower != "-" {
			return "", "", 0
		}
	}
	if m < 0 || m+2 >= len(toks) {
		return "", "", 0
	}
	owner = phraseCountry(spans, i, m)
	at := m + 1
	if toks[at].lower == "of" && owner == "" {
		stop := placeEnd(toks, at+1, 8)
		owner = phraseCountry(spans, at+1, stop)
		at = stop
	}
	if at >= len(toks) || toks[at].lower != "in" && toks[at].lower != "to" {
		return "", "", 0
	}
	end = placeEnd(toks, at+1, 10)
	return owner, phraseCountry(spans, at+1, end), end
}

// placeEnd returns the first token from i on, within n tokens, that ends
// a place phrase: punctuation other than a hyphen or a possessive, or a
// word opening another phrase ("to", "by", "over", "during", ...).
func placeEnd(toks []token, i, n int) int {
	j := i
	for ; j < len(toks) && j < i+n; j++ {
		t := toks[j]
		if placeStops[t.lower] || t.punct && t.lower != "-" && t.lower != "'s" {
			return j
		}
	}
	return j
}

// placeStops open the phrase after a mission's place.
var placeStops = map[string]bool{
	"to": true, "by": true, "over": true, "during": true, "after": true, "and": true, "amid": true,
	"on": true, "at": true, "for": true, "against": true, "that": true, "which": true, "was": true, "is": true,
}
