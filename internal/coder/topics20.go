package coder

import (
	"slices"
	"strings"
)

// What the parties talked about or are concerned about (stop 40). News
// English names it right after a few fixed words: "met to discuss China's
// military posture", "held talks on trade and security", "expressed concern
// about the coercive actions in the South China Sea", "a call focused on
// the war in Ukraine". The phrase is the event's topic, not a party: a
// country named in it ("China's") is what the sides discussed (issue 11).
// The phrase runs to the end of its clause, cut before the words that open
// a date, a setting or another clause.

// topicOpeners are the words a topic follows; each maps to the
// prepositions that must come between it and the topic ("" for none).
var topicOpeners = map[string][]string{
	"discuss": {""}, "discussed": {""}, "discussing": {""}, "discusses": {""},
	"talks": {"on", "about", "over"}, "talked": {"about"}, "conversation": {"on", "about"},
	"concern": {"about", "over", "at", "regarding"}, "concerns": {"about", "over", "at", "regarding"},
	"concerned": {"about", "over", "at", "by"}, "focused": {"on"}, "focusing": {"on"},
	"review": {""}, "reviewed": {""},
}

// topicStops end a topic: words that open a date, a setting, a reason or
// another clause.
var topicStops = map[string]bool{
	"with": true, "during": true, "at": true, "amid": true, "after": true, "before": true,
	"as": true, "while": true, "when": true, "ahead": true, "that": true, "which": true,
	"who": true, "but": true, "since": true, "because": true, "following": true, "via": true,
	"by": true, "until": true, "last": true, "next": true, "yesterday": true, "today": true,
	"tomorrow": true, "earlier": true, "later": true, "said": true, "says": true, "according": true,
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"will": true, "would": true, "could": true, "should": true, "may": true, "might": true,
	"aimed": true, "designed": true, "intended": true, "including": true,
}

// topicTails are words a topic does not end on: the phrase was cut after
// them ("transferring people from Gaza to").
var topicTails = map[string]bool{
	"to": true, "of": true, "and": true, "or": true, "the": true, "a": true, "an": true, "in": true,
	"on": true, "for": true, "from": true, "such": true, "between": true, "its": true, "their": true,
}

// pointingTopics are nouns that, alone, only point back to what the story
// told ("discussed the matter", "the situation", "the summit"): no topic
// of their own.
var pointingTopics = map[string]bool{
	"matter": true, "matters": true, "issue": true, "issues": true, "situation": true, "summit": true,
	"talks": true, "report": true, "reports": true, "proposal": true, "plan": true, "idea": true,
	"question": true, "case": true, "incident": true, "meeting": true, "visit": true, "comments": true,
	"remarks": true, "statement": true, "move": true, "decision": true, "developments": true,
	"sidelines": true, "margins": true,
}

// topicMaxWords keeps a topic to a noun phrase: past it the words are
// another clause the stops did not catch.
const topicMaxWords = 12

// topicsOf returns the topic the clause of m names after the cue, or an
// empty list.
func topicsOf(text string, toks []token, cl clause, m match) []string {
	for i := m.start; i < cl.end-1; i++ {
		preps, ok := topicOpeners[toks[i].lower]
		if !ok {
			continue
		}
		j := i + 1
		if preps[0] != "" {
			if !slices.Contains(preps, toks[j].lower) {
				continue
			}
			j++
		}
		if t := topicPhrase(text, toks, j, cl.end); t != "" {
			return []string{t}
		}
		break
	}
	return []string{}
}

// topicPhrase reads the noun phrase at toks[a:] up to a stop, leading
// articles dropped; "" when none is there.
func topicPhrase(text string, toks []token, a, end int) string {
	for a < end && (toks[a].lower == "the" || toks[a].lower == "a" || toks[a].lower == "an") {
		a++
	}
	b := a
	for b < end && b-a < topicMaxWords && !topicEnds(toks, b) {
		b++
	}
	if b < end && b > a && toks[b].punct && toks[b].start == toks[b-1].end && !sentencePunct(toks[b].text) {
		return "" // a word cut out of a longer token ("US$20-billion")
	}
	for b > a && topicTails[toks[b-1].lower] {
		b--
	}
	if b == a || b-a == topicMaxWords || pronounWord(toks[a].lower) || topicTails[toks[a].lower] ||
		(b-a == 1 || toks[a].lower == "sidelines" || toks[a].lower == "margins") && pointingTopics[toks[a].lower] {
		return ""
	}
	return strings.TrimSpace(text[toks[a].start:toks[b-1].end])
}

// sentencePunct reports punctuation that ends a phrase with nothing glued
// on: commas, stops, brackets and quotes.
func sentencePunct(p string) bool {
	return strings.ContainsAny(p, ",.;:!?)]\"'”’")
}

// topicEnds reports the word at i ending a topic: punctuation, a stop word,
// a date ("on Monday", "in March"), a place of one capitalised word ("in
// Tokyo"), or "and" before a verb ("and agreed to").
func topicEnds(toks []token, i int) bool {
	w := toks[i].lower
	if toks[i].punct || topicStops[w] || isWeekdayOrTime(w) || monthNames[w] || isDigits(w) {
		return true
	}
	if i+1 >= len(toks) {
		return false
	}
	next := toks[i+1]
	switch w {
	case "on", "in", "for", "from", "to":
		return isWeekdayOrTime(next.lower) || monthNames[next.lower] || isDigits(next.lower) ||
			w == "in" && next.capital() && (i+2 >= len(toks) || !toks[i+2].capital())
	case "and":
		return strings.HasSuffix(next.lower, "ed") || strings.HasSuffix(next.lower, "ly") ||
			next.lower == "said" || next.lower == "will" || next.lower == "to"
	}
	return false
}

// pronounWord reports a pronoun or demonstrative, no topic of its own.
func pronounWord(w string) bool {
	switch w {
	case "it", "them", "this", "that", "these", "those", "him", "her", "his", "their", "its", "whether":
		return true
	}
	return false
}
