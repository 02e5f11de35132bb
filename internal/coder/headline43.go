package coder

import (
	"slices"
	"strings"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// A headline is short, and it names the two sides of its act wherever its
// shorthand puts them: after a preposition the act's cue does not reach
// ("Poland closes border with Belarus", "Australia rejects Chinese
// 'economic coercion' threat"), or in a label before a colon that names the
// row ("Venezuela-Guyana: Caracas rejects ICJ ruling"). In a body, an act
// of one side takes its other from the page (sides10.go); a title coded on
// its own is its whole page, so the act its subject does takes the one
// other country the title names. Two readings are left out: a country
// named only as the setting ("US pastor detained in Turkey", "rally
// against violence in Myanmar") is where the act happened, not whom it was
// aimed at; and an act whose one side is its target ("Trump says he will
// obliterate the Turkish economy") has lost its doer, whom the other
// country named need not be.

// titleSettingWords are the prepositions before a country named as the place
// of an act.
var titleSettingWords = map[string]bool{"in": true, "at": true, "inside": true, "near": true, "from": true}

// titleSides gives each act of one side whose side is its doer, in a title
// coded on its own, the other country when the title names exactly two
// and the other is named once at least as more than a setting.
func (c *articleCoder) titleSides(events []event.Event, sents []nlp.Sentence, ms []actors.Mention) {
	named, party := titleCountries(sents, ms)
	if len(named) != 2 {
		return
	}
	for i, e := range events {
		self := onlyCountry(e.Actors)
		if !oneSided(e) || self == "" || !slices.ContainsFunc(e.Actors, func(a event.Actor) bool { return a.Role == event.RoleSource }) {
			continue
		}
		other := named[0]
		if other == self {
			other = named[1]
		}
		if other == self || !party[other] {
			continue
		}
		code := other
		events[i].Actors = append(events[i].Actors, event.Actor{Name: c.countryName(code), Country: &code, Role: event.RoleTarget, Basis: event.ActorBasisPage})
	}
}

// titleCountries lists the countries a title's parties name (places and
// groups left out, as sentenceCountries does), and marks those named once
// at least other than after a setting word.
func titleCountries(sents []nlp.Sentence, ms []actors.Mention) ([]string, map[string]bool) {
	var named []string
	party := map[string]bool{}
	for _, m := range ms {
		if m.Country == "" || m.Kind == actors.Place || m.Group {
			continue
		}
		if !slices.Contains(named, m.Country) {
			named = append(named, m.Country)
		}
		if !titleSetting(sents, m.Start) {
			party[m.Country] = true
		}
	}
	return named, party
}

// involvementNouns before "in" make the country after it the one acted
// on, not the setting ("denies involvement in Ethiopia unrest", "accuses
// Iran of interference in Iraq").
var involvementNouns = map[string]bool{"involvement": true, "interference": true, "meddling": true, "role": true, "hand": true}

// titleSetting reports a mention starting at offset at right after a
// setting word, as the place of the act.
func titleSetting(sents []nlp.Sentence, at int) bool {
	var before []string // the lower-cased words before at, last first
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.End <= at {
				before = append([]string{strings.ToLower(t.Text)}, before...)
			}
		}
	}
	if len(before) == 0 || !titleSettingWords[before[0]] {
		return false
	}
	return len(before) < 2 || !involvementNouns[before[1]]
}
