package coder

import "strings"

// Rules of the twenty-fourth pass (stop 42) on refusals, read from wire
// sentences written by hand. English news names the thing refused inside
// the refusal's own words as often as after them: "declined French offers
// of help", "vetoed a British-drafted resolution", "balked at Ukraine's
// request". The owner of the offer, the author of the draft and the one
// whose request is balked at are the side refused, not a topic or a venue.

// refusedInsideCue reports a country adjective standing inside a
// rejection cue that spans its object ("decline+ ~3 offers": "declined
// French offers"), heading the cue's thing refused: the owner of the
// offer or the request is the side refused.
func refusedInsideCue(toks []token, sp span, m match, typ string) bool {
	if typ != "REJECT" || m.cue.flags.weak || sp.start <= m.start || sp.end >= m.end {
		return false
	}
	next := nextWord(toks, sp.end)
	return refusedNouns[next] || putForwardNouns[next] || refusedDrafts[next] || dismissedTexts[next]
}

// dismissedTexts are charges and reports a side puts out, which another
// dismisses as untrue ("dismissed the Indian dossier as fabricated").
var dismissedTexts = map[string]bool{
	"report": true, "reports": true, "dossier": true, "remarks": true, "comments": true,
	"statement": true, "statements": true, "accusations": true, "allegations": true, "charges": true,
}

// refusedDrafts are texts put to a vote or a table, which a side can
// block or veto.
var refusedDrafts = map[string]bool{
	"resolution": true, "draft": true, "motion": true, "text": true, "bid": true,
	"request": true, "proposal": true,
}

// authorCompounds close a compound naming who wrote or tabled a text.
var authorCompounds = []string{"-drafted", "-sponsored", "-proposed", "-authored", "-tabled"}

// authoredDraft reports a country in an author compound right after a
// rejection cue ("vetoed a British-drafted resolution", "blocked the
// French-sponsored motion"): the author of the text is the side refused.
func authoredDraft(toks []token, sp span, m match, typ string) bool {
	if typ != "REJECT" || sp.start <= m.start || sp.start > m.end+3 {
		return false
	}
	next, ok := compoundNoun(toks, sp, authorCompounds)
	return ok && (refusedDrafts[next] || putForwardNouns[next])
}

// refusedAt reports a party right after the "at" inside a rejection cue
// ("balked at Ukraine's request"): the one whose request is refused, not
// the place of the refusal.
func refusedAt(toks []token, m match, sp span) bool {
	if m.cue.Type != "REJECT" || m.noun {
		return false
	}
	for k := m.start + 1; k < m.end && k < len(toks); k++ {
		if toks[k].lower == "at" {
			return rightAfter(toks, k, sp.start)
		}
	}
	return false
}

// surveyCraft are what a survey ship is: a vessel or an aircraft sent to
// map the sea or the land, not a poll of people.
var surveyCraft = map[string]bool{
	"ship": true, "ships": true, "vessel": true, "vessels": true, "boat": true, "boats": true,
	"aircraft": true, "plane": true, "planes": true, "drone": true, "drones": true,
}

// surveyVessel reports the poll word at token i as a craft's kind ("a
// Chinese survey ship", "Turkish survey vessels"): news of a disputed sea
// names survey ships in protests and refusals ("rejected Japan's protest
// over the survey ship"), which are acts, not opinion polls (genre.go).
func surveyVessel(toks []token, i int) bool {
	w := toks[i].lower
	return (w == "survey" || w == "surveys") && i+1 < len(toks) && surveyCraft[toks[i+1].lower]
}

// walkoutInProtest gives, for a walk-out of talks (a REJECT cue opening
// "walk") that its clause says was made "in protest" (a PROTEST cue after
// it), that protest: "walked out of the conference in protest at Iran's
// remarks" protests at Iran; the talks are where it was shown.
func walkoutInProtest(matches []match, cl clause, m match) (match, bool) {
	if m.cue.Type != "REJECT" || !strings.HasPrefix(m.cue.text, "walk") {
		return match{}, false
	}
	for _, n := range matches {
		if n.start >= m.end && n.start < cl.end && n.cue.Type == "PROTEST" && n.noun {
			return n, true
		}
	}
	return match{}, false
}
