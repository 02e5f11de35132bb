package coder

import "storyline/internal/event"

// Twenty-seventh pass (stop 45): force between the police and a crowd at
// a foreign mission. Wire copy tells a protest at an embassy by what the
// host's police did to it: "Lebanese security forces fired tear gas at
// protesters near the U.S. Embassy", "Clashes broke out between hundreds
// of protesters and Pakistani police outside the Swedish embassy",
// "police clashed with demonstrators near the Israeli embassy". The force
// is a state's police keeping order at home, no attack between states; the
// act the clause reports is the crowd's protest at the mission's country.
// A clause without a mission keeps its attack ("police fired tear gas at
// protesters in Nairobi" tells no foreign side), as does force without a
// police noun ("troops fired on demonstrators near the embassy").

// policeNouns name a state's forces of order at home.
var policeNouns = map[string]bool{
	"police": true, "policemen": true, "officers": true, "gendarmes": true,
	"gendarmerie": true, "riot": true,
}

// protestNouns name the crowd's gathering where no crowd noun does:
// "tried to disperse the protest".
var protestNouns = map[string]bool{
	"protest": true, "protests": true, "demonstration": true, "demonstrations": true, "rally": true,
	"rallies": true, "sit-in": true, "protesting": true,
}

// policedMissionCrowd makes the force of a state's police on a crowd at a
// foreign mission that crowd's protest: the clause names a mission, a
// crowd or its gathering, and the police or "security forces".
func policedMissionCrowd(toks []token, cl clause, typ string) string {
	if typ != "ASSAULT" || !namesMission(toks, cl) {
		return typ
	}
	crowd, police := false, false
	for k := cl.start; k < cl.end && k < len(toks); k++ {
		w := toks[k].lower
		crowd = crowd || crowdNouns[w] || protestNouns[w]
		police = police || policeNouns[w] || w == "forces" && k > 0 && toks[k-1].lower == "security"
	}
	if crowd && police {
		return "PROTEST"
	}
	return typ
}

// namesPolice reports a country mention at i that heads the police or the
// security forces ("Pakistani police", "Lebanese security forces"): in a
// protest the police are the host's, on the protesting side's ground, never
// the state protested against.
func namesPolice(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		w := toks[k].lower
		if policeNouns[w] && w != "officers" || w == "forces" && toks[k-1].lower == "security" {
			return true
		}
		if toks[k].punct || !isLowerWord(toks[k].text) {
			return false
		}
	}
	return false
}

// Twenty-seventh pass (stop 45): the country where a protested wrong is
// done. A crowd abroad protests what a state does at home, and news names
// the state by the place of the wrong: "rallied in Kuala Lumpur against
// the persecution of Rohingya in Myanmar", "gathered in Grozny to protest
// against the violence in Myanmar", "led a protest rally against the
// genocide of Muslims in Myanmar". The country after "in" is the side
// protested against, not where the crowd stood. Only a country (not a
// city) after the word of protest, and only when the clause has already
// named the crowd's own side or venue in another country: "protested
// against the government in Pakistan" names no foreign side and keeps
// Pakistan as the place.

// protestWords open what a protest is against.
var protestWords = map[string]bool{
	"against": true, "protest": true, "protesting": true, "condemn": true, "denounce": true,
	"condemning": true, "denouncing": true,
}

// quoteMarks enclose the words a report quotes inside its own sentence:
// "what he called the “genocide of Muslims” in Myanmar".
var quoteMarks = map[string]bool{"\"": true, "“": true, "”": true, "'": true, "‘": true, "’": true}

// protestedPlace reports a country after "in", in a protest's "against"
// phrase, within sixteen tokens of the cue with no punctuation between but
// quotation marks,
// whose country is not the one the clause gave the crowd before it (other,
// a venue's or a party's country; "" when none).
func protestedPlace(toks []token, m match, sp span, typ, country, other string) bool {
	if typ != "PROTEST" || sp.start < m.end || sp.start > m.end+16 || country == "" || other == "" || other == country {
		return false
	}
	if prevWord(toks, sp.start, m.end) != "in" {
		return false
	}
	against := protestWords[toks[m.start].lower]
	for k := m.end; k < sp.start; k++ {
		if toks[k].punct && toks[k].lower != "'s" && toks[k].lower != "-" && !quoteMarks[toks[k].lower] {
			return false
		}
		against = against || protestWords[toks[k].lower]
	}
	return against
}

// crowdCountry gives the country the clause has named for the protesting
// side so far: the venue's, else the first party's; "" when none.
func crowdCountry(loc *event.Location, parties []*party) string {
	if loc != nil && loc.Country != nil && *loc.Country != "" {
		return *loc.Country
	}
	for _, p := range parties {
		if p.country != "" {
			return p.country
		}
	}
	return ""
}
