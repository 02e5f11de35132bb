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

// Talks told as a count or a habit sum up many calls or meetings, none of
// them the news: "has spoken with Putin at least six times this year",
// "said he had spoken to Putin many times", "he speaks to Putin a lot".
// The count stands after the one met, out of the cue's own words, where
// toldAsTally does not look.

// tallyTimes are the nouns a count of meetings ends in.
var tallyTimes = map[string]bool{"times": true, "occasions": true}

// consultTally reports a meeting verb cue in the perfect or the present
// "-s" form followed in its clause, within twelve words, by a count of
// times ("six times", "many times", "on several occasions") or, in the
// present, by "a lot" or "all the time". A count in the simple past or
// in a participle ("met three times in Geneva last week", "Kim visiting
// Xi four times in the past year") may tell the news of a short span and
// is left.
func consultTally(toks []token, cl clause, m match) bool {
	if m.cue.Type != "CONSULT" || m.noun {
		return false
	}
	present := strings.HasSuffix(toks[m.start].lower, "s") && !strings.HasSuffix(toks[m.start].lower, "ss")
	if !present && !perfectBefore(toks, cl, m.start) {
		return false
	}
	for i := m.end; i+1 < cl.end && i < m.end+12; i++ {
		w, next := toks[i].lower, toks[i+1].lower
		if tallyTimes[next] && (isNumber(w) || countWords[w] || teenWords[w]) {
			return true
		}
		if present && (w == "a" && next == "lot" || w == "all" && next == "the" && i+2 < cl.end && toks[i+2].lower == "time") {
			return true
		}
	}
	return false
}

// perfectBefore reports "has", "have" or "had" right before token at, or
// before one adverb in "-ly" ("has reportedly spoken").
func perfectBefore(toks []token, cl clause, at int) bool {
	k := at - 1
	if k > cl.start && strings.HasSuffix(toks[k].lower, "ly") {
		k--
	}
	if k < cl.start {
		return false
	}
	w := toks[k].lower
	return w == "has" || w == "have" || w == "had"
}
