package coder

import "strings"

// Twenty-ninth pass (stop 47, sentences written by hand): the reach of a
// state a crowd protests against. Wire copy names what a crowd marches
// against by a country's adjective on a noun of its economic or political
// reach, often behind a word or two that qualify it: "protesting against
// Chinese investments", "to denounce perceived Chinese influence",
// "against the growing Turkish presence", "against the Jordanian-Israeli
// gas deal". The country whose reach is protested is the target, as in
// "against Russian interference" (protestedAct, protest22.go); a firm's
// name or a country's goods in trade stay as they were.

// reachNouns name a state's economic or political reach in a country.
var reachNouns = map[string]bool{
	"influence": true, "investment": true, "investments": true, "expansion": true,
	"encroachment": true, "dominance": true, "deal": true, "presence": true,
	"interference": true, "meddling": true, "occupation": true, "policy": true,
	"policies": true, "decision": true, "aggression": true, "bases": true,
}

// qualifierWords stand between "against the" and a country's adjective
// and qualify the noun that follows: "the growing Chinese influence".
var qualifierWords = map[string]bool{
	"growing": true, "increasing": true, "rising": true, "perceived": true,
	"alleged": true, "expanding": true, "continued": true, "ongoing": true,
	"new": true, "recent": true, "planned": true, "massive": true,
}

// protestedReach reports a country adjective in the object of a PROTEST
// cue before a noun of a state's reach: after "against", "over" or the
// verb "protest"/"denounce" itself, with "the" and up to two qualifying
// words between, and up to one lower-case word before the noun ("Chinese
// oil investments", "the Jordanian-Israeli gas deal").
func protestedReach(toks []token, sp span, m match, typ string) bool {
	if typ != "PROTEST" || sp.start < m.end || sp.start > m.end+20 {
		return false
	}
	if !reachNounAfter(toks, sp.end) {
		return false
	}
	i := sp.start - 1
	for n := 0; i >= 0 && n < 3; n++ {
		w := toks[i].lower
		if w == "the" || w == "-" || qualifierWords[w] || isCountryHyphenPart(toks, i) {
			i--
			continue
		}
		break
	}
	if i < 0 {
		return false
	}
	switch toks[i].lower {
	case "against", "over":
		return true
	case "protest", "protests", "protested", "protesting", "denounce", "denounced", "denouncing", "denounces":
		return true
	}
	return false
}

// reachNounAfter reports a noun of reach at token k or after one
// lower-case word ("Chinese oil investments", "Israeli gas deal").
func reachNounAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		if reachNouns[toks[j].lower] {
			return true
		}
		if toks[j].punct || !isLowerWord(toks[j].text) {
			return false
		}
	}
	return false
}

// isCountryHyphenPart reports a token of a hyphened pair of adjectives
// ("Jordanian" of "Jordanian-Israeli"): a capitalised word followed by a
// hyphen.
func isCountryHyphenPart(toks []token, i int) bool {
	return i+1 < len(toks) && toks[i+1].lower == "-" && !isLowerWord(toks[i].text)
}

// Headlines tell a flag burned in the present: "Protesters burn Israeli
// flag outside embassy in Rabat", "Demonstrators torch French flags in
// Bamako". A crowd noun's verb of burning is no cue of its own (flags20.go),
// and its present form carries no tense the noun's status can read, so
// the protest went undated and was dropped; the past ("Protesters burned
// French flag") was read. In a headline the present tells what happened.

// crowdHeadlineBurn reports a PROTEST crowd noun followed at once by a
// present form of a verb of burning and a flag within the next words, in
// a headline (a sentence with no closing stop).
func crowdHeadlineBurn(toks []token, cl clause, m match) bool {
	if m.cue.Type != "PROTEST" || !m.noun || m.end >= cl.end || len(toks) == 0 {
		return false
	}
	if last := toks[len(toks)-1]; last.punct && (last.text == "." || last.text == "!" || last.text == "?") {
		return false
	}
	w := toks[m.end].lower
	if !isLowerWord(toks[m.end].text) || !flagBurnVerb(w) || w == "fire" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "burnt" {
		return false
	}
	for i := m.end + 1; i < cl.end && i <= m.end+4; i++ {
		if flagWords[toks[i].lower] {
			return true
		}
	}
	return false
}
