package coder

import "strings"

// Twenty-second pass (stop 40, CONSULT extras): a house that discusses.
//
// A parliament, its members or a cabinet that "discuss" a deal or a report
// do the business of one state: "Lawmakers will discuss a draft deal
// between Greece and Macedonia on Wednesday before the vote", "the day the
// Greek parliament discussed the report". The countries the matter names
// are no party to a meeting; the house's own debate is no CONSULT between
// them. A house that discusses a matter "with" a visitor meets him, and
// stays a meeting.

// houseWords name a legislature, its members or a cabinet.
var houseWords = map[string]bool{
	"lawmakers": true, "lawmaker": true, "legislators": true, "parliament": true, "parliamentarians": true,
	"mps": true, "senators": true, "senate": true, "congress": true, "deputies": true, "assembly": true,
	"cabinet": true, "bundestag": true, "knesset": true, "duma": true, "legislature": true,
}

// houseDiscusses reports a "discuss" cue with a house among the five words
// before it (no punctuation between) and no "with" after it in the clause.
func houseDiscusses(toks []token, cl clause, m match) bool {
	if m.cue.Type != "CONSULT" || !strings.HasPrefix(toks[m.start].lower, "discuss") {
		return false
	}
	for i := m.end; i < cl.end; i++ {
		if toks[i].lower == "with" {
			return false
		}
	}
	for i := m.start - 1; i >= cl.start && i >= m.start-5; i-- {
		if toks[i].punct {
			return false
		}
		if houseWords[toks[i].lower] {
			return true
		}
	}
	return false
}

// A meeting told as the subject of a passive whose verb is not one of
// meeting ("Xi's tour will be closely watched by Australian diplomats",
// "the talks in Istanbul were overshadowed by a ceasefire plan proposed by
// the U.S. and Ukraine", "the summit was welcomed by Britain") names after
// "by" those who look on, not those who meet: the words after "by" are
// read as the meeting's topic (inTopic). The verbs of taking part in or
// arranging a meeting keep their agent a party ("talks hosted by Turkey",
// "a delegation led by", "a meeting requested by France").

// meetingAgents are the participles whose agent takes part in a meeting.
var meetingAgents = map[string]bool{
	"hosted": true, "co-hosted": true, "attended": true, "led": true, "chaired": true, "co-chaired": true,
	"brokered": true, "mediated": true, "organised": true, "organized": true, "arranged": true,
	"convened": true, "facilitated": true, "sponsored": true, "joined": true, "accompanied": true,
	"called": true, "requested": true, "proposed": true, "initiated": true, "sought": true,
	"welcomed": true, "greeted": true, "received": true, "invited": true, "held": true,
	"headed": true, "followed": true, "preceded": true,
}

// passiveOfOther reports a participle in "-ed" before "by" that is no verb
// of taking part in a meeting.
func passiveOfOther(w string) bool {
	return strings.HasSuffix(w, "ed") && !meetingAgents[w]
}
