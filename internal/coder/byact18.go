package coder

import (
	"storyline/internal/event"
	"storyline/internal/nlp"
)

// An act told as a noun with both its sides in its own phrase: "the
// seizure of three Ukrainian ships by Russia", "the sinking of a Chinese
// trawler by the Argentine coast guard", "the seizure by Iran of a
// Marshall Islands-flagged cargo ship". English turns a passive act into
// a noun this way when the act is the matter of another clause ("voiced
// concern over", "is monitoring", "following"); the clause's own cue
// codes that other act, and whoever reacts is often a third country. The
// noun's "of" phrase names what the act fell on and its "by" phrase who
// did it, so a reader knows the act, its doer and its target from these
// words alone, whoever talks about it. The act is coded apart, done (the
// definite noun tells an act that took place), dated by its own phrase
// ("the November 25 seizure") or else as the page's news.

// byActNouns are act nouns whose doer a "by" phrase names, with the type
// of the act: hostile acts done to a ship, a crew or a country's people.
var byActNouns = map[string]string{
	"seizure": "COERCE", "seizures": "COERCE", "capture": "COERCE", "detention": "COERCE",
	"arrest": "COERCE", "abduction": "COERCE", "kidnapping": "COERCE",
	"sinking": "ASSAULT", "downing": "ASSAULT",
	"expulsion": "SANCTION",
	"release":   "CONCEDE", "freeing": "CONCEDE",
}

// byActAims before the act noun's determiner make it an act sought, not
// one done: "demanded the release of", "to secure the release of".
var byActAims = map[string]bool{
	"for": true, "demand": true, "demanded": true, "demands": true, "demanding": true, "seek": true, "seeks": true,
	"seeking": true, "sought": true, "secure": true, "securing": true, "urged": true, "urge": true, "urges": true,
	"press": true, "pressed": true, "pressing": true, "push": true, "pushed": true, "pushing": true,
	"negotiate": true, "negotiated": true, "negotiating": true, "await": true, "awaiting": true, "awaited": true,
	"expect": true, "expects": true, "expected": true, "request": true, "requested": true, "win": true, "won": true,
}

// byPhraseStops end an "of" phrase before its "by": a verb of being or a
// word opening a clause ("the release of the men was announced by"), or a
// participle whose own agent the "by" names ("hostages held by Hamas").
var byPhraseStops = map[string]bool{
	"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "has": true, "have": true, "had": true,
	"that": true, "which": true, "who": true, "and": true, "or": true, "but": true, "after": true, "before": true,
	"held": true, "captured": true, "seized": true, "taken": true, "detained": true, "committed": true,
	"carried": true, "perpetrated": true, "prompted": true, "announced": true, "owned": true, "operated": true,
	"chartered": true, "run": true, "backed": true, "led": true, "made": true, "sent": true,
}

// byActs returns the acts the sentence tells as a noun with an "of" and a
// "by" phrase, each between the country of the "by" phrase (the doer)
// and the one country of the "of" phrase (the target); acts the sentence
// already codes between those two with that type are left alone.
func (c *articleCoder) byActs(s nlp.Sentence, toks []token, spans []span, coded []*report) []*report {
	var out []*report
	for i := 1; i+3 < len(toks); i++ {
		typ := byActNouns[toks[i].lower]
		if typ == "" || !determiners[toks[i-1].lower] && !isDateWord(toks[i-1]) {
			continue
		}
		if i >= 2 && byActAims[toks[i-2].lower] {
			continue // "called for the release of two Canadians by China": an act asked for
		}
		if typ == "CONCEDE" && c.lx.genres.namesInformation(toks, i+1, i+8) {
			continue // "the release of a Chinese report by the US": information, no concession
		}
		doer, target, end := byPhraseSides(toks, spans, i)
		if doer == "" || target == "" || doer == target || codedPair(coded, typ, doer, target) || codedPair(out, typ, doer, target) {
			continue
		}
		out = append(out, c.byActReport(s, toks, i, end, typ, doer, target))
		c.aimAtDoer(coded, doer, target)
	}
	return out
}

// aimAtDoer turns a charge or a protest of the same sentence that took
// the act's target for its own ("expressed concern over the seizure of
// three Ukrainian ships by Russia": not a charge against Ukraine) on the
// act's doer: a reaction to an act told with its "by" phrase is aimed at
// whoever did it.
func (c *articleCoder) aimAtDoer(coded []*report, doer, target string) {
	for _, r := range coded {
		if r.ev.Type != "ACCUSE" && r.ev.Type != "PROTEST" || hasCountry(r.ev.Actors, doer) {
			continue
		}
		for k, a := range r.ev.Actors {
			if a.Role == event.RoleTarget && a.Country != nil && *a.Country == target {
				d := doer
				r.ev.Actors[k] = event.Actor{Name: c.countryName(d), Country: &d, Role: event.RoleTarget}
			}
		}
	}
}

// hasByActNoun reports a word of byActNouns in toks, so that a sentence
// with no cue is read for a by-phrase act only when it may hold one.
func hasByActNoun(toks []token) bool {
	for _, t := range toks {
		if byActNouns[t.lower] != "" {
			return true
		}
	}
	return false
}

// byPhraseSides reads the "of" and "by" phrases after the act noun at i,
// in either order, and returns the doer's and the target's countries and
// the end of the phrases; "" when a phrase is missing or names no
// country, or the "of" phrase names more than one.
func byPhraseSides(toks []token, spans []span, i int) (doer, target string, end int) {
	switch toks[i+1].lower {
	case "of":
		by := ofPhraseEnd(toks, i+2, 12)
		if by >= len(toks) || toks[by].lower != "by" {
			return "", "", 0
		}
		target = phraseCountry(spans, i+2, by)
		doer, end = countryAfterBy(toks, spans, by)
	case "by":
		doer, end = countryAfterBy(toks, spans, i+1)
		if doer == "" || end >= len(toks) || toks[end].lower != "of" {
			return "", "", 0
		}
		stop := ofPhraseEnd(toks, end+1, 12)
		target = phraseCountry(spans, end+1, stop)
		end = stop
	}
	return doer, target, end
}

// ofPhraseEnd returns the first token from i on, within n tokens, that ends
// an act noun's "of" phrase: punctuation other than a hyphen or a
// possessive, "by", or a word of byPhraseStops.
func ofPhraseEnd(toks []token, i, n int) int {
	j := i
	for ; j < len(toks) && j < i+n; j++ {
		t := toks[j]
		if t.lower == "by" || byPhraseStops[t.lower] || t.punct && t.lower != "-" && t.lower != "'s" {
			return j
		}
	}
	return j
}

// countryAfterBy returns the country named right after "by" at i (past
// "the" and an adjective: "by the Argentine coast guard", "by Bolivia's
// interim government") and the end of its mention.
func countryAfterBy(toks []token, spans []span, i int) (string, int) {
	for _, sp := range spans {
		if sp.start > i && sp.start <= i+2 && sp.m.Country != "" && (sp.start == i+1 || toks[i+1].lower == "the") {
			return sp.m.Country, sp.end
		}
	}
	return "", 0
}

// phraseCountry returns the one country the mentions in [from, to) name, or
// "" when they name none or several.
func phraseCountry(spans []span, from, to int) string {
	code := ""
	for _, sp := range spans {
		if sp.start < from || sp.start >= to || sp.m.Country == "" {
			continue
		}
		if code != "" && code != sp.m.Country {
			return ""
		}
		code = sp.m.Country
	}
	return code
}

// isDateWord reports a number or a month before an act noun: "the
// November 25 seizure".
func isDateWord(t token) bool {
	return isNumber(t.lower) || monthNames[t.lower]
}

// codedPair reports a report of typ between a and b among rs.
func codedPair(rs []*report, typ, a, b string) bool {
	for _, r := range rs {
		if r.ev.Type == typ && hasCountry(r.ev.Actors, a) && hasCountry(r.ev.Actors, b) {
			return true
		}
	}
	return false
}

// byActReport builds the report of an act noun at i whose phrases end at
// end: the doer its source, the target its target, done, dated by the
// phrase's own words if any.
func (c *articleCoder) byActReport(s nlp.Sentence, toks []token, i, end int, typ, doer, target string) *report {
	start := i
	for start > 0 && i-start < 4 && !toks[start-1].punct && (determiners[toks[start-1].lower] || isDateWord(toks[start-1]) || !isLowerWord(toks[start-1].text)) {
		start-- // "the November 25 seizure": the phrase's own day
	}
	return c.pairNounReport(s, toks, typ, doer, target, clause{start: start, end: end}, match{cue: &cue{Type: typ}, start: i, end: i + 1, head: i, noun: true})
}

// pairNounReport builds the report of an act told by the noun m, done by
// the country source to the country target, dated by the words of cl
// alone (not by the clause the sentence is coding).
func (c *articleCoder) pairNounReport(s nlp.Sentence, toks []token, typ, source, target string, cl clause, m match) *report {
	ev := event.Event{
		Type:   typ,
		Status: event.Occurred,
		Actors: []event.Actor{
			{Name: c.countryName(source), Country: &source, Role: event.RoleSource},
			{Name: c.countryName(target), Country: &target, Role: event.RoleTarget},
		},
		Topics:   []string{},
		Evidence: []event.Evidence{{Source: c.a.Source, Text: s.Text, Start: s.Start, End: s.End}},
	}
	r := &report{ev: ev, noun: true, parties: 2, sent: s.Start, sentIdx: c.curSent}
	from := c.dateFrom
	c.dateFrom = -1
	c.dateReport(r, s, toks, cl, m, nil)
	c.dateFrom = from
	return r
}

// namesInformation reports a word of information in toks[from:to] before
// any punctuation: "the release of a Chinese report".
func (g genreLists) namesInformation(toks []token, from, to int) bool {
	for k := from; k < to && k < len(toks) && !toks[k].punct; k++ {
		if g.has("information", toks, k) {
			return true
		}
	}
	return false
}
