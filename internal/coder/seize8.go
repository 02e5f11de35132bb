package coder

import (
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// Rules of the eighth pass (stop 26) on seizures, captures and arrests:
// news names what is seized by its owner's nationality ("three Ukrainian
// vessels", "a British-flagged tanker", "an American student") and, once
// named, goes on with "the ships" or the detainee's name.

// forcesNoun reports the cue "force ... to" read on the noun "forces"
// ("their own forces to carry out an attack", "U.S. forces in Iraq",
// "the armed forces chief vowed to"): troops, not compulsion. A verb
// "forces" takes an object before its "to" ("Russia forces Kyiv to");
// the noun is followed at once by "to", a preposition or a noun of
// command, or comes after a determiner or "own"/"armed".
func forcesNoun(toks []token, m match) bool {
	if m.cue.Type != "COERCE" {
		return false
	}
	w := toks[m.start].lower
	if w != "forces" && w != "force" {
		return false
	}
	if m.start > 0 {
		switch p := toks[m.start-1].lower; {
		case determiners[p], p == "own", p == "armed", p == "security", p == "special", p == "allied", p == "coalition":
			return true
		}
	}
	return m.start+1 < len(toks) && forcesFollowers[toks[m.start+1].lower]
}

// forcesFollowers come right after the noun "forces", never after the
// verb: a preposition, the "to" of what they are for, a word of command.
var forcesFollowers = map[string]bool{
	"to": true, "in": true, "on": true, "at": true, "from": true, "near": true, "along": true,
	"into": true, "across": true, "of": true, "chief": true, "commander": true, "commanders": true,
	"based": true, "stationed": true, "deployed": true, "have": true, "had": true, "were": true, "are": true,
}

// heldState reports a past participle of seizing used as an adjective
// between a determiner, number or possessive and its noun ("with three
// detained Americans", "the detained crewmembers", "its seized
// tanker"): the state the people or things are in, not an act the story
// tells.
func heldState(toks []token, m match) bool {
	if m.cue.Type != "COERCE" || m.noun || m.form != formPast && m.form != formParticiple || m.start == 0 || m.end != m.start+1 || m.end >= len(toks) {
		return false
	}
	p := toks[m.start-1]
	if !determiners[p.lower] && !quantifiers[p.lower] && !(p.text[0] >= '0' && p.text[0] <= '9') {
		return false
	}
	next := toks[m.end]
	return !next.punct && next.lower != "by" && !adjectivePrepositions[next.lower] && !phraseEnders[next.lower] && !determiners[next.lower]
}

// seizedThings are what a seizure or an arrest takes and news names by
// the owner's nationality: ships and their crews, and people abroad.
var seizedThings = map[string]bool{
	"ship": true, "ships": true, "vessel": true, "vessels": true, "boat": true, "boats": true,
	"tanker": true, "tankers": true, "tugboat": true, "tug": true, "trawler": true, "trawlers": true,
	"freighter": true, "navy": true, "crew": true, "crews": true, "crewmembers": true, "crewmen": true,
	"sailors": true, "seamen": true, "fishermen": true, "student": true, "students": true,
	"citizen": true, "citizens": true, "national": true, "nationals": true, "tourist": true,
	"tourists": true, "journalist": true, "journalists": true, "diplomat": true, "businessman": true,
	"executive": true, "detainee": true, "detainees": true, "man": true, "woman": true,
}

// seizeStems open the verbs of taking ships or people.
var seizeStems = []string{"seiz", "captur", "detain", "arrest", "confiscat", "impound"}

// seizingVerb reports a verb of seizing in a sentence that is not an
// adjective before its noun.
func seizingVerb(toks []token) bool {
	for i, t := range toks {
		if t.punct {
			continue
		}
		for _, s := range seizeStems {
			if strings.HasPrefix(t.lower, s) && t.lower != "seizure" && t.lower != "seizures" {
				if i > 0 && i+1 < len(toks) && determiners[toks[i-1].lower] && !toks[i+1].punct {
					break // "the detained crew"
				}
				return true
			}
		}
	}
	return false
}

// seizedOwners gives a seizure or an arrest whose sentence names the
// seizer and no one seized ("Russia then seized three of the vessels",
// "seized the ships and personnel", "Warmbier was arrested by North Korean
// authorities") the country of the nearest thing of its kind that the
// story names by nationality: in its own sentence, else in the four
// sentences before, else in the two after ("a group of Ukrainian ships",
// "the 22-year-old US student"). The seizer is a state or its forces, not
// a person named (a person's "and detained crewmembers" is mostly what he
// asked for), and a country is never its own target this way.
func (c *articleCoder) seizedOwners(reports []*report, sents []nlp.Sentence, toks [][]token, ms []actors.Mention) {
	for _, r := range reports {
		if r.ev.Type != "COERCE" || r.parties != 1 || !allSources(r.ev.Actors) {
			continue
		}
		self := onlyCountry(r.ev.Actors)
		if self == "" || !r.standIns[r.ev.Actors[0].Name] || !seizingVerb(toks[r.sentIdx]) {
			continue
		}
		owner := ""
		for _, d := range []int{0, -1, -2, -3, -4, 1, 2} {
			j := r.sentIdx + d
			if j < 0 || j >= len(sents) {
				continue
			}
			if owner = ownerIn(sents[j], toks[j], ms, self); owner != "" {
				break
			}
		}
		if owner == "" {
			continue
		}
		code := owner
		r.ev.Actors = append(r.ev.Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: event.RoleTarget})
		r.parties++
	}
}

// ownerIn is the country, other than self, that a sentence names as the
// nationality of a seized thing ("three Ukrainian vessels", "the
// British-flagged Stena Impero tanker", "a US student", "ships of the
// Ukrainian Navy"), or "".
func ownerIn(s nlp.Sentence, toks []token, ms []actors.Mention, self string) string {
	for _, m := range ms {
		if m.Start < s.Start || m.End > s.End || m.Country == "" || m.Country == self || m.Group || m.Kind == actors.Place {
			continue
		}
		if f := strings.Fields(strings.ToLower(m.Text)); len(f) > 1 && seizedThings[f[len(f)-1]] {
			return m.Country // "US student", "Ukrainian Navy"
		}
		k := 0
		for k < len(toks) && s.Start+toks[k].start < m.End {
			k++
		}
		for n := 0; k < len(toks) && n < 4; k++ {
			t := toks[k]
			if t.lower == "-" {
				continue // "British-flagged"
			}
			if t.punct {
				break
			}
			if seizedThings[t.lower] {
				return m.Country
			}
			n++
		}
	}
	return ""
}
