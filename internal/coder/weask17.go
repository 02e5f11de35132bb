package coder

import (
	"strings"
	"unicode"

	"storyline/internal/event"
)

// Rules of the seventeenth pass (stop 35) on a request a government makes
// in its own voice.
//
// A ministry's statement or a spokesman's transcript asks in the first
// person, with no speaker in the sentence: "We once again call on Russia
// to make a statement on the incident", "We once again urge the US to
// retract its wrong decision". The one who says "we" is the government
// the page speaks for, the one that acts in the page's other sentences
// ("The Federal Government has requested ...", "China lodged stern
// representations ..."). A reader takes it from there, as from a
// dateline.

// askVerbs are the request verbs a speaker performs in the present after
// "we": "we urge", "we call on", "we demand".
var askVerbs = map[string]bool{
	"urge": true, "call": true, "ask": true, "demand": true, "request": true,
	"appeal": true, "implore": true, "press": true,
}

// weAsk reports a sentence whose request is performed by "we": the pronoun,
// then adverbs only ("once again", "strongly", "therefore"), then a request
// verb in the present, then the one asked by name ("We once again urge the
// US to ..."). "We urge the parties to engage in talks" names no one: the
// country the sentence names later is what the talks are about.
func weAsk(text string) bool {
	words := strings.Fields(text)
	for i, w := range words {
		if strings.ToLower(strings.Trim(w, "“”\"'‘’(")) != "we" {
			continue
		}
		j := i + 1
		for j < len(words) && j-i <= 3 && (askAdverbs[strings.ToLower(words[j])] || isAdverbLike(strings.ToLower(words[j]))) {
			j++
		}
		if j < len(words) && askVerbs[strings.ToLower(words[j])] && namedNext(words[j+1:]) {
			return true
		}
	}
	return false
}

// namedNext reports words that open with a name, after "on", "upon" and
// "the": "on Russia", "the US", "Iraqi leaders".
func namedNext(words []string) bool {
	for _, w := range words {
		switch w {
		case "on", "upon", "the":
			continue
		}
		return isCapitalised(w)
	}
	return false
}

// isCapitalised reports a word that opens with a capital letter.
func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// pageVoice is the country that acts as the source of the most of the
// page's events other than those naming self, when no other is the source
// of as many: the government a page of statements speaks for. "" when
// there is none or a tie.
func pageVoice(events []event.Event, self string) string {
	count := map[string]int{}
	for _, e := range events {
		seen := map[string]bool{}
		for _, a := range e.Actors {
			if a.Role != event.RoleSource || a.Country == nil || *a.Country == "" || *a.Country == self || seen[*a.Country] {
				continue
			}
			seen[*a.Country] = true
			count[*a.Country]++
		}
	}
	best, tie := "", false
	for x, n := range count {
		switch {
		case best == "" || n > count[best]:
			best, tie = x, false
		case n == count[best]:
			tie = true
		}
	}
	if tie {
		return ""
	}
	return best
}

// weAskSource gives a request performed by "we" that names only the one
// asked (weAsk) the page's voice (pageVoice) as the one asking, marked as
// found on the page.
func (c *articleCoder) weAskSource(events []event.Event) {
	for i, e := range events {
		if e.Type != "REQUEST" || !oneSided(e) || len(e.Evidence) == 0 || e.Evidence[0].Headline || len(e.Actors) == 0 {
			continue
		}
		self := onlyCountry(e.Actors)
		if self == "" || e.Actors[0].Role != event.RoleTarget || !weAsk(e.Evidence[0].Text) {
			continue
		}
		voice := pageVoice(events, self)
		if voice == "" {
			continue
		}
		events[i].Actors = append(events[i].Actors, event.Actor{Name: c.countryName(voice), Country: &voice, Role: event.RoleSource, Basis: event.ActorBasisPage})
	}
}
