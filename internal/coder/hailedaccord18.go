package coder

import (
	"slices"

	"storyline/internal/event"
)

// A side that praises the signing of its own agreement tells the
// agreement, not support for the other side: "Tsipras hailed the
// ratification of a name deal between Greece and Macedonia", "Marape
// hails historic signing of PNG–Australia defence treaty", "the president
// welcomed the conclusion of the trade pact with Peru". News writes a
// leader's words on the day of a signing this way; the praise is aimed at
// the act the two sides did together. When the praising clause names
// exactly the two sides, its act is coded as their agreement.

// agreementActNouns are nouns of the act that makes an agreement binding.
var agreementActNouns = map[string]bool{
	"signing": true, "ratification": true, "conclusion": true,
}

// dayOwner reports a day, which may own an act noun by a possessive
// without being a side: "today's signing", "Monday's signing".
func dayOwner(w string) bool {
	_, weekday := weekdays[w]
	return weekday || w == "today" || w == "yesterday" || w == "tonight"
}

// praisedAgreement reports a praise cue m whose object is the signing,
// ratification or conclusion of something: "hailed the ratification of",
// "hails historic signing of", "welcomed today's signing of".
func praisedAgreement(toks []token, m match) bool {
	if m.noun || m.cue.Type != "SUPPORT" {
		return false
	}
	i := m.end
	for k := 0; k < 3 && i < len(toks) && !agreementActNouns[toks[i].lower]; k++ {
		t := toks[i]
		if t.lower == "'s" && (i == m.end || !dayOwner(toks[i-1].lower)) {
			return false // "hailed Peru's signing of the accord": another side's act
		}
		if t.punct && t.lower != "'s" || t.lower == "of" || t.lower == "for" || t.lower == "to" || t.lower == "as" {
			return false
		}
		i++
	}
	if i+1 >= len(toks) || !agreementActNouns[toks[i].lower] || toks[i+1].lower != "of" {
		return false
	}
	for k := i + 2; k < len(toks) && k <= i+9; k++ {
		if agreementNames[toks[k].lower] {
			return true // "the signing of the PNG–Australia Mutual Defence Treaty"
		}
	}
	return false // "hailed the conclusion of the talks": no agreement named
}

// agreementNames are the nouns that name what a signing or a ratification
// makes binding.
var agreementNames = map[string]bool{
	"deal": true, "deals": true, "agreement": true, "agreements": true, "accord": true, "accords": true,
	"treaty": true, "treaties": true, "pact": true, "pacts": true, "fta": true, "declaration": true,
	"memorandum": true, "protocol": true, "convention": true,
}

// asAgreement retypes r, a praise of an agreement's signing between
// exactly two countries, as that agreement between them.
func asAgreement(r *report) {
	if !twoCountries(r.ev.Actors) {
		return
	}
	r.ev.Type, r.ev.Mode = "AGREE", ""
	r.ev.Actors = slices.Clone(r.ev.Actors)
	for k := range r.ev.Actors {
		r.ev.Actors[k].Role = event.RoleParticipant
	}
}
