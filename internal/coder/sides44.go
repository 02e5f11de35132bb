package coder

import (
	"slices"
	"strings"
	"unicode"

	"storyline/internal/event"
)

// Twenty-sixth pass (stop 44): the side of an answer, from the act it
// answers.
//
// News tells a request, a demand, a warning or an invitation in one
// sentence and the answer in the next, naming only the side that answers:
// "Turkey asked Sweden to hand over 30 suspects. Sweden refused the
// request on Wednesday." The definite noun ("the request", "the demand",
// "the invitation", "the warning", "the offer") or a refusal with no
// object ("Israel refused.") points back to the act just told, and a reader takes its
// asker as the side refused. That is plain only when the page names no
// one else between the two: "Egypt asked Israel to open the crossing.
// Jordan and Qatar also pressed Israel. Israel declined" leaves the
// refused side open, and "France offered to mediate. Pakistan rejected
// the offer" names no act on Pakistan to answer.

// answerNouns are the nouns a refusal takes for the act it answers, with
// the types of the acts they can stand for. A denial of "the accusations"
// is the accusation family's (denial20.go), which reads whether the charge
// denied is the lead's or background.
var answerNouns = map[string][]string{
	"request": {"REQUEST"}, "requests": {"REQUEST"}, "demand": {"REQUEST"}, "demands": {"REQUEST"},
	"call": {"REQUEST"}, "calls": {"REQUEST"}, "appeal": {"REQUEST"}, "invitation": {"REQUEST"},
	"offer": {"AID", "AGREE"}, "offers": {"AID", "AGREE"}, "proposal": {"AGREE"}, "overtures": {"AGREE"},
	"warning": {"THREATEN"}, "warnings": {"THREATEN"}, "threat": {"THREATEN"}, "threats": {"THREATEN"}, "ultimatum": {"THREATEN", "REQUEST"},
}

// refusalVerbs open the answer whose object answerSide reads.
var refusalVerbs = map[string]bool{
	"rejected": true, "rejects": true, "refused": true, "refuses": true, "declined": true, "declines": true,
	"rebuffed": true, "rebuffs": true, "spurned": true, "dismissed": true, "dismisses": true,
}

// intransitiveTail are the words after a refusal verb that leave it with
// no object: the refusal answers the request just told ("Israel refused
// on Tuesday").
var intransitiveTail = map[string]bool{"": true, "on": true, "late": true, "yesterday": true, "today": true, "last": true, "again": true}

// answeredTypes gives the types of the act a refusal's text answers: the
// types of its definite object noun, or a request for a refusal with no
// object; nil when the refusal names a thing of its own ("rejected the
// plan", "refused to comment").
func answeredTypes(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	for i, w := range words {
		if w == "turned" && i+1 < len(words) && words[i+1] == "down" {
			i++
		} else if !refusalVerbs[w] {
			continue
		}
		next := func(k int) string {
			if i+k < len(words) {
				return words[i+k]
			}
			return ""
		}
		switch {
		case next(1) == "the" || next(1) == "this" || next(1) == "that" || next(1) == "these":
			return answerNouns[next(2)]
		case intransitiveTail[next(1)] && strings.HasPrefix(w, "refuse") || intransitiveTail[next(1)] && strings.HasPrefix(w, "decline"):
			return []string{"REQUEST"}
		}
		return nil
	}
	return nil
}

// answerSide is the side a one-sided refusal (events[i], its side its
// source) answers: the one source country of the acts before it of a
// type answeredTypes gives, aimed at the refusing side, when all of them
// have that one source and no sentence from the last of them to the
// refusal names a third country (named: per sentence,
// sentenceCountries). "" otherwise.
func answerSide(events []event.Event, i int, sentStarts []int, named [][]string) string {
	e := events[i]
	if e.Type != "REJECT" || len(e.Evidence) == 0 || e.Evidence[0].Headline || e.Evidence[0].Caption {
		return ""
	}
	self := onlyCountry(e.Actors)
	if self == "" || !slices.ContainsFunc(e.Actors, func(a event.Actor) bool { return a.Role == event.RoleSource }) {
		return ""
	}
	types := answeredTypes(e.Evidence[0].Text)
	if types == nil {
		return ""
	}
	at, best, from := e.Evidence[0].Start, -1, ""
	for j, b := range events {
		if j == i || len(b.Evidence) == 0 || b.Evidence[0].Headline || b.Evidence[0].Caption || b.Evidence[0].Start > at || !slices.Contains(types, b.Type) {
			continue
		}
		src := ""
		aimed := false
		for _, a := range b.Actors {
			if a.Country == nil || *a.Country == "" {
				continue
			}
			switch { // an offer coded as an agreement names its two sides as participants
			case (a.Role == event.RoleTarget || a.Role == event.RoleParticipant) && *a.Country == self:
				aimed = true
			case (a.Role == event.RoleSource || a.Role == event.RoleParticipant) && *a.Country != self && (src == "" || src == *a.Country):
				src = *a.Country
			default:
				src = "-"
			}
		}
		if !aimed || src == "" {
			continue
		}
		if src == "-" || from != "" && from != src {
			return "" // two askers: "Egypt asked Israel ... Qatar also urged Israel ..."
		}
		best, from = max(best, b.Evidence[0].Start), src
	}
	if from == "" {
		return ""
	}
	for s := sentenceAt(sentStarts, best); s >= 0 && s <= sentenceAt(sentStarts, at) && s < len(named); s++ {
		for _, x := range named[s] {
			if x != self && x != from {
				return "" // a third country between the act and its answer
			}
		}
	}
	return from
}

// sentenceAt is the index of the sentence (by its start offsets, in
// order) that holds offset at.
func sentenceAt(starts []int, at int) int {
	k := -1
	for i, s := range starts {
		if s <= at {
			k = i
		}
	}
	return k
}
