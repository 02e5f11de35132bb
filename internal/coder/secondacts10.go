package coder

import (
	"slices"

	"storyline/internal/event"
)

// A clause codes one act, the one its cue tells first; news often tells a
// second act between the same sides in the same clause, tied to the first
// by how English links an act to its outcome, to its setting, or to those
// who look on:
//
//   - the outcome: "met Maduro in Caracas on January 31, resulting in the
//     release of six American detainees";
//   - the setting: "called on Putin for a ceasefire in their first phone
//     call since 2022", "warned Erdogan during a phone call between the
//     leaders" (a meeting noun whose own words name the act's sides);
//   - those who look on: "witnessed the signing of a free trade
//     agreement", "presided over the signing of seven accords".
//
// The second act is coded apart, with the first act's two sides, status,
// day and place. A topic is no act ("met to discuss the release of
// prisoners", "spoke about a ceasefire"): only the link words above are
// read, and an act only aimed at ("to sign") is left alone.

// outcomeLinks end the words that tie an act to its outcome.
var outcomeLinks = map[string]bool{"resulting in": true, "resulted in": true, "leading to": true, "led to": true, "paving the way for": true}

// witnessVerbs take part in an act as its witnesses: the act noun after
// them is done by those who witness it.
var witnessVerbs = map[string]bool{
	"witnessed": true, "witness": true, "witnesses": true, "attended": true, "oversaw": true,
	"presided": true, "presides": true, "watched": true,
}

// meetingSetting open a phrase that places an act at a meeting.
var meetingSetting = map[string]bool{"in": true, "during": true, "at": true, "over": true}

// secondAct returns the act a clause tells beside its own (main, from m),
// or nil.
func (c *articleCoder) secondAct(toks []token, cl clause, m match, matches []match, spans []span, main *report) *report {
	// Two sides exactly: a clause naming three misreads one at times, and
	// the second act would carry it on.
	if main == nil || main.parties < 2 || !twoCountries(main.ev.Actors) || m.cue.flags.intent {
		return nil
	}
	for _, n := range matches {
		if n.start < cl.start || n.start >= cl.end && !outcomeAfter(toks, cl, n) || n.start == m.start || n.cue.Type == main.ev.Type || n.cue.Type == "" {
			continue
		}
		if f := n.cue.flags; f.speech || f.intent || f.demand || f.stance || f.none || f.weak || f.group {
			continue
		}
		if !secondLink(toks, m, n, spans, main) {
			continue
		}
		return sharedAct(main, n.cue.Type, n.cue.Mode, main.ev.Status, n.noun)
	}
	return nil
}

// sharedAct is a second act of typ with the sides, day and place of main;
// who does it to whom the words linking the two do not say.
func sharedAct(main *report, typ, mode string, st event.Status, noun bool) *report {
	r := *main
	r.ev.Type, r.ev.Mode, r.ev.Status = typ, mode, st
	r.ev.Actors = slices.Clone(main.ev.Actors)
	for k := range r.ev.Actors {
		r.ev.Actors[k].Role = event.RoleParticipant
	}
	r.ev.Topics = []string{}
	r.ev.Evidence = slices.Clone(main.ev.Evidence)
	r.noun, r.verb, r.weak, r.anaphor = noun, "", false, false
	return &r
}

// outcomeAfter reports an outcome told in the participle clause right
// after cl: ", resulting in the release of".
func outcomeAfter(toks []token, cl clause, n match) bool {
	if cl.end+3 > n.start || toks[cl.end].lower != "," {
		return false
	}
	k := cl.end + 1
	return outcomeLinks[toks[k].lower+" "+toks[k+1].lower] && n.start <= k+4
}

// secondLink reports whether n is tied to the clause's act m as its
// outcome, its setting or an act witnessed.
func secondLink(toks []token, m, n match, spans []span, main *report) bool {
	if n.start <= m.end {
		return false
	}
	// The words before n, past a determiner or a possessive and up to
	// three modifiers ("their first phone call", "the release of").
	i := n.start - 1
	for k := 0; k < 3 && i > m.end && !toks[i].punct && isLowerWord(toks[i].text) && !determiners[toks[i].lower] && toks[i].lower != "their" && !meetingSetting[toks[i].lower] && toks[i].lower != "to" && toks[i].lower != "of"; k++ {
		i--
	}
	det := ""
	if i > m.end && (determiners[toks[i].lower] || toks[i].lower == "their") {
		det = toks[i].lower
		i--
	}
	if i <= m.end-1 {
		return false
	}
	w := toks[i].lower
	switch {
	case n.noun && det != "":
		// The outcome: "resulting in the release of".
		two := w
		if i > 0 {
			two = toks[i-1].lower + " " + w
		}
		four := ""
		if i > 2 {
			four = toks[i-3].lower + " " + toks[i-2].lower + " " + toks[i-1].lower + " " + w
		}
		if outcomeLinks[two] || outcomeLinks[four] {
			return true
		}
		// The setting: "in their first phone call".
		if n.cue.Type == "CONSULT" && meetingSetting[w] && (det == "their" || betweenSides(toks, n, spans, main)) {
			return true
		}
		// An act looked on: "witnessed the signing of a free trade
		// agreement", "presided over the signing of seven accords".
		if witnessVerbs[w] || w == "over" && i > 0 && witnessVerbs[toks[i-1].lower] {
			return true
		}
	}
	return false
}

// What one side tells another at a meeting is said at it: in "Starmer told
// Modi at the meeting at Chequers that ..." both are its sides, as the
// speaker of "said at a meeting with X" is (meetingOfSpeech).

// addresseeWords may stand in the name of the one told, besides
// capitalised words: "told his Indian counterpart Narendra Modi".
var addresseeWords = map[string]bool{
	"his": true, "her": true, "their": true, "the": true, "counterpart": true, "visiting": true,
	"prime": true, "minister": true, "president": true, "foreign": true, "'s": true, "-": true,
}

// pastAddressee returns the last token of the one a verb of telling at v
// addresses, when a setting word follows it before lim; else v.
func pastAddressee(toks []token, v, lim int) int {
	switch toks[v].lower {
	case "told", "tells", "tell", "telling":
	default:
		return v
	}
	k := v + 1
	for k < lim && k < v+9 && (!isLowerWord(toks[k].text) && !toks[k].punct || addresseeWords[toks[k].lower]) {
		k++
	}
	if k == v+1 || k >= lim || !isLowerWord(toks[k].text) {
		return v
	}
	switch toks[k].lower {
	case "at", "during", "in":
		return k - 1
	}
	return v
}

// betweenSides reports a meeting noun n whose own words name the sides of
// main: "during a phone call between the leaders", "at a meeting with
// Erdogan" (a party of main).
func betweenSides(toks []token, n match, spans []span, main *report) bool {
	i := n.end
	if i+2 >= len(toks) {
		return false
	}
	switch toks[i].lower {
	case "between":
		j := i + 1
		if toks[j].lower == "the" {
			j++
		}
		if j < len(toks) && (toks[j].lower == "two" || toks[j].lower == "both") {
			j++
		}
		return j < len(toks) && sidesNouns[toks[j].lower]
	case "with":
		for _, sp := range spans {
			if sp.start > i && sp.start <= i+4 && sp.m.Country != "" && hasCountry(main.ev.Actors, sp.m.Country) {
				return true
			}
		}
	}
	return false
}

// twoCountries reports actors of exactly two distinct countries.
func twoCountries(acts []event.Actor) bool {
	var first, second string
	for _, a := range acts {
		switch c := a.Country; {
		case c == nil || *c == "" || *c == first || *c == second:
		case first == "":
			first = *c
		case second == "":
			second = *c
		default:
			return false // a third
		}
	}
	return second != ""
}

// hasCountry reports an actor of country c.
func hasCountry(acts []event.Actor, c string) bool {
	for _, a := range acts {
		if a.Country != nil && *a.Country == c {
			return true
		}
	}
	return false
}
