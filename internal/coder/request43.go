package coder

import (
	"storyline/internal/actors"
	"storyline/internal/event"
)

// Twenty-fifth pass (stop 43, requests written by hand). News often makes
// a government's asking the subject of the sentence, owned by the asker:
// "Cambodia's call for Thailand to withdraw troops went unanswered",
// "Mali's request for France to withdraw its soldiers came after months of
// tension". The noun has no verb of its own before it; the sentence's main
// verb, after the thing asked for, tells that the asking was made. A bare
// noun with no tense is dropped (build.go), so the request was lost.

// ownedAskingStatus reads the tense of a REQUEST noun owned by its asker
// ("X's call for Y to ...") from the first past verb after it in the
// sentence: the main verb of the subject the noun heads. Words after "to"
// are the act asked for and are skipped, as base forms never read past.
// The search stops at a comma or a relative word: "Moscow's demands put
// Washington in a bind, which had earlier called for ..." tells no tense.
func ownedAskingStatus(toks []token, m match) (event.Status, bool) {
	if m.cue.Type != "REQUEST" || !m.noun || m.start == 0 || !isPossessive(toks[m.start-1].lower) {
		return event.Unknown, false
	}
	for i := m.end; i < len(toks) && i < m.end+16; i++ {
		w := toks[i].lower
		if toks[i].punct || w == "who" || w == "which" || w == "that" {
			break // a verb past a comma or in a relative clause is another's
		}
		if !isLowerWord(toks[i].text) || i > 0 && toks[i-1].lower == "to" {
			continue
		}
		if pastForm(w) || w == "has" || w == "have" {
			return event.Occurred, true
		}
		if w == "will" || w == "would" {
			break
		}
	}
	return event.Unknown, false
}

// A government asked for help is often named only by its adjective on the
// help: "Kenya sought Ugandan help", "asked for Turkish assistance",
// "requested US support". The adjective is the one asked, as in "requested
// US military help", where "military" already made it an actor; alone
// before the help noun it was read as a topic and dropped.

// askedHelpers are the nouns of help a government is asked for.
var askedHelpers = map[string]bool{
	"help": true, "assistance": true, "support": true, "backing": true, "aid": true,
	"protection": true, "mediation": true,
}

// askingForVerbs ask for the thing named right after them; "asked",
// "appealed" and "pleaded" need "for" between.
var askingForVerbs = map[string]bool{
	"request": true, "requests": true, "requested": true, "requesting": true,
	"seek": true, "seeks": true, "sought": true, "seeking": true,
}

var askingVerbsFor = map[string]bool{
	"ask": true, "asks": true, "asked": true, "asking": true, "appeal": true, "appeals": true,
	"appealed": true, "appealing": true, "plead": true, "pleaded": true, "pleads": true, "pleading": true,
}

// askedHelper reports the help noun at i after a country adjective that
// an asking verb governs ("sought Ugandan help", "asked for Turkish
// assistance", "requested urgent US support"): the adjective is the asked.
func askedHelper(toks []token, i int) bool {
	if i >= len(toks) || i < 2 || !askedHelpers[toks[i].lower] {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		w := toks[k].lower
		if askingForVerbs[w] || w == "for" && k > 0 && askingVerbsFor[toks[k-1].lower] {
			return true
		}
		if toks[k].punct || !isLowerWord(toks[k].text) {
			return false
		}
	}
	return false
}

// A leader who asks one of his own officials to act toward a foreign
// country asks nothing of that country: "the president said he had asked
// the secretary of state to study the land seizures in South Africa",
// "has asked the Defence Department to prepare for action in Nigeria".
// The foreign country is inside the act asked for; the one asked is the
// asker's own government. A person asked who is of another country stays
// a request ("the president urged the Israeli prime minister to ...").

// asksOwnOfficial reports a request verb whose object, right after it, is
// a person or body of the subject's own country.
func asksOwnOfficial(toks []token, m match, subject, spans []span) bool {
	if m.cue.Type != "REQUEST" || m.noun || len(subject) == 0 {
		return false
	}
	own := map[string]bool{}
	for _, sp := range subject {
		if sp.m.Country == "" {
			return false
		}
		own[sp.m.Country] = true
	}
	first := -1
	for j, sp := range spans {
		if sp.start >= m.end && sp.start <= m.end+3 && (first < 0 || sp.start < spans[first].start) {
			first = j
		}
	}
	if first < 0 || len(own) != 1 {
		return false
	}
	sp := spans[first]
	for k := m.end; k < sp.start; k++ {
		if toks[k].punct {
			return false
		}
	}
	// A country named first is the one asked ("requested India to
	// extradite the former prime minister"), even if the act names one of
	// the asker's own people.
	return sp.m.Kind != actors.Country && own[sp.m.Country]
}
