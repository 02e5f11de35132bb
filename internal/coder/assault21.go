package coder

import "storyline/internal/actors"

// Twenty-third pass (stop 41, the assault family): where a strike lands
// and who says it landed on them, read from wire sentences written by
// hand.
//
// Wire copy names the place an attack hits as its object: "Israeli forces
// shelled Gaza", "Russian drones struck the port of Odesa", "Iranian
// missiles hit Tel Aviv". Elsewhere a city after a verb is no party and
// no venue ("visited Odesa" has its own destination rule), but what a
// strike falls on lies in the state that is struck, so for an attack the
// city is read as where it happened, and the state of that place becomes
// the side hit when none is named (placeAsTarget). The same holds for a
// city struck told in the passive: "Kyiv was hit by Russian missiles".
//
// A state that tells of an attack on what is its own names itself by the
// possessive: "Ukraine said Russia attacked its energy infrastructure",
// "Venezuela said a US strike destroyed a boat off its coast". The teller
// of a report is otherwise no side, but "its" after the act, with another
// state as the doer, is the teller's: the teller is the side hit.

// struckPlaceLinks may stand between an attack cue and the place it hits:
// "shelled the Gaza Strip", "struck the port of Odesa", "fired rockets
// into northern Israel", "launched drones toward Kyiv".
var struckPlaceLinks = map[string]bool{
	"the": true, "of": true, "on": true, "at": true, "into": true, "against": true,
	"toward": true, "towards": true, "across": true,
}

// struckPlace reports a place, not a state, that an attack cue takes as
// its object: after the cue with only the words of struckPlaceLinks, a
// compass word or a settlement noun between ("the Ukrainian city of
// Kherson" is read by hitPlace), or before a passive cue with only
// auxiliaries between ("Kyiv was hit").
func struckPlace(toks []token, m match, sp span, typ string, passive bool) bool {
	if typ != "ASSAULT" || sp.m.Kind != actors.Place || sp.m.Metonym || sp.m.Country == "" {
		return false
	}
	if sp.start >= m.end {
		return linkedAfter(toks, m.end, sp.start)
	}
	return passive && sp.end <= m.start && onlyAuxiliaries(toks, sp.end, m.start)
}

// linkedAfter reports tokens [from, to) that only link a cue to its
// object place, at most four of them.
func linkedAfter(toks []token, from, to int) bool {
	if to-from > 4 {
		return false
	}
	for k := from; k < to; k++ {
		w := toks[k].lower
		if !struckPlaceLinks[w] && !compassWords[w] && !settlementNouns[w] && !partNouns[w] {
			return false
		}
	}
	return true
}

// passiveAuxiliaries stand between a passive subject and its participle:
// "Kyiv was hit", "Odesa has again been struck".
var passiveAuxiliaries = map[string]bool{
	"was": true, "were": true, "is": true, "are": true, "been": true, "has": true, "have": true,
	"had": true, "being": true, "again": true, "also": true, "repeatedly": true,
}

// onlyAuxiliaries reports tokens [from, to), one to three of them, that
// are all passive auxiliaries.
func onlyAuxiliaries(toks []token, from, to int) bool {
	if to <= from || to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if !passiveAuxiliaries[toks[k].lower] {
			return false
		}
	}
	return true
}

// borderTargets after "border" are what an attack hits there: in
// "shelled Indian border posts" the country names the posts' owner, not
// where a border runs (placeModifier).
var borderTargets = map[string]bool{
	"post": true, "posts": true, "outpost": true, "outposts": true, "villages": true, "village": true,
	"town": true, "towns": true, "positions": true, "position": true,
}

// struckBorderPlace reports a country adjective after an attack cue before
// "border" and what the attack hits there ("Indian border posts").
func struckBorderPlace(toks []token, m match, sp span, typ string) bool {
	i := sp.end
	return typ == "ASSAULT" && sp.start >= m.end && i+1 < len(toks) && toks[i].lower == "border" && borderTargets[toks[i+1].lower]
}

// fireNouns name an attack by whose fire it was, as attackNouns do:
// "killed by Ukrainian fire", "in Pakistani firing along the Line of
// Control". Kept apart from attackNouns, which also read reactions: a
// compound "set on fire" is no attack to condemn.
var fireNouns = map[string]bool{
	"fire": true, "firing": true, "gunfire": true, "shellfire": true, "bombardment": true,
}

// firedBy reports a country adjective before an attack noun or a noun of
// fire: the country attacked ("in an Israeli air strike", "by Ukrainian
// fire").
func firedBy(toks []token, sp span) bool {
	n := nextNoun(toks, sp.end)
	return attackNouns[n] || fireNouns[n]
}

// ownHarmSpeaker reports the teller of an attack on what it calls its own:
// the speaker span sp before a speech head whose words name another state
// as the doer before the attack cue, no state after it, and "its" or "our"
// in the cue or shortly after it ("Ukraine said Russia attacked its energy
// infrastructure"). With a state named after the cue, "its" is the doer's
// ("France said Russia attacked Ukraine with its newest missiles").
func ownHarmSpeaker(toks []token, speech []clause, m match, sp span, spans []span, typ string) bool {
	if typ != "ASSAULT" || sp.m.Country == "" {
		return false
	}
	for _, r := range speech {
		if sp.start < r.start || sp.start >= r.end || r.end > m.start {
			continue
		}
		return otherDoerBetween(spans, r.end, m.start, sp.m.Country) && !otherDoerBetween(spans, m.start+1, m.end+8, sp.m.Country) &&
			possessiveAfter(toks, m.start+1, m.end+8)
	}
	return false
}

// otherDoerBetween reports a mention of a country other than own in
// tokens [from, to): the doer the speaker's words name ("said Russia
// attacked"), without which "its" is the speaker's own act ("claimed to
// have shot down drones that entered its airspace").
func otherDoerBetween(spans []span, from, to int, own string) bool {
	for _, s := range spans {
		if s.start >= from && s.end <= to && s.m.Country != "" && s.m.Country != own {
			return true
		}
	}
	return false
}

// possessiveAfter reports "its" or "our" in tokens [i, lim), before a
// punctuation mark: in the cue's own words ("rammed its coast guard
// ship") or up to eight words after them ("destroyed a boat off its
// coast").
func possessiveAfter(toks []token, i, lim int) bool {
	for k := i; k < len(toks) && k < lim; k++ {
		if toks[k].punct {
			return false
		}
		if toks[k].lower == "its" || toks[k].lower == "our" {
			return true
		}
	}
	return false
}

// disasterNouns name the storms, quakes, floods and diseases that hit and
// kill in news copy as armies do: "Cyclone Idai hit the port city of
// Beira", "the earthquake killed more than 1,000 people in Turkey and
// Syria". No state acts in them.
var disasterNouns = map[string]bool{
	"cyclone": true, "hurricane": true, "typhoon": true, "storm": true, "storms": true, "tornado": true,
	"earthquake": true, "quake": true, "earthquakes": true, "tsunami": true, "flood": true, "floods": true,
	"flooding": true, "landslide": true, "landslides": true, "mudslide": true, "wildfire": true,
	"wildfires": true, "drought": true, "avalanche": true, "eruption": true, "heatwave": true,
	"epidemic": true, "pandemic": true, "cholera": true, "ebola": true,
}

// naturalHarm reports an attack cue whose doer is a disaster: the disaster
// noun among the five words before the cue ("Cyclone Idai hit", "the
// quake also killed"), or right after "by" after a passive cue ("were
// killed by the floods").
func naturalHarm(toks []token, cl clause, m match) bool {
	if m.cue.Type != "ASSAULT" {
		return false
	}
	for i := m.start - 1; i >= cl.start && i >= m.start-3; i-- {
		if toks[i].punct {
			break
		}
		if disasterNouns[toks[i].lower] && toks[i+1].lower != "of" {
			return true // "Cyclone Idai hit", "the quake also killed"; not "a storm of protest"
		}
	}
	if disasterSubject(toks, m) {
		return true
	}
	for i := m.end; i < len(toks) && i < m.end+4; i++ {
		if toks[i].lower != "by" {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			if disasterNouns[toks[k].lower] {
				return true
			}
		}
		return false
	}
	return false
}

// disasterSubject reports an attack cue whose doer is a disaster named
// before a comma: the cue opens a relative clause on it ("The cyclone,
// which struck Samoa on Tuesday") or is a second verb of the sentence the
// disaster opens ("Cyclone Pam, a category 5 storm, flattened villages in
// Vanuatu and killed at least 16 people").
func disasterSubject(toks []token, m match) bool {
	if m.start >= 3 && (toks[m.start-1].lower == "which" || toks[m.start-1].lower == "that") && toks[m.start-2].text == "," {
		return disasterNouns[toks[m.start-3].lower] || m.start >= 4 && disasterNouns[toks[m.start-4].lower] && toks[m.start-3].capital() // "Cyclone Pam, which hit"
	}
	if m.start == 0 || toks[m.start-1].lower != "and" {
		return false
	}
	for i := 0; i < len(toks) && i < 3; i++ { // the sentence's subject
		switch {
		case disasterNouns[toks[i].lower]:
			// The disaster, and the name it may carry, ends before the
			// comma: "Typhoon jets took off from Cyprus and struck" and
			// "Storm Shadow missiles ... and struck" name weapons.
			k := i + 1
			for k < len(toks) && k <= i+2 && toks[k].capital() {
				k++
			}
			return k < len(toks) && toks[k].text == ","
		case !determiners[toks[i].lower] && !toks[i].capital():
			return false // "After the earthquake, troops killed": no disaster opens the clause
		}
	}
	return false
}
