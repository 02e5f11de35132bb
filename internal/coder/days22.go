package coder

import "storyline/internal/timex"

// Twenty-fourth pass (stop 42), the day: two ways English news places a
// day that the coder read against the act.
//
// A day written between the subject and its verb dates that verb: "Belarus
// on Friday condemned Poland's expulsion on Thursday of a diplomat",
// "Kenya on Friday accused Tanzania of detaining activists last year".
// Wire copy puts the day of the news there ("China on Saturday announced
// retaliatory tariffs"); a day written later in the clause then belongs to
// the thing the verb is about (the act condemned, the harm charged). The
// nearest-after choice in dateReport took the later one.
//
// A noun act that the subject "follows" was done before it: "The move
// follows Poland's expulsion of two diplomats on Monday", "The talks follow
// a proposal on Sunday". Read in the present tense, "on Monday" was the
// Monday to come and the expulsion a plan.

// preverbalGap is how many lower-case words may stand between the day and
// the cue's head: "on Saturday announced retaliatory tariffs".
const preverbalGap = 2

// preverbalDay reports a time expression x of the sentence that stands
// right before the verb of the act m, its gap a past verb and at most one
// word more: "Belarus on Friday condemned", "China on Saturday imposed
// tariffs". A day after a comma ("On Friday, Belarus condemned") or in a
// saying ("said on Friday it had expelled") is not this form.
func preverbalDay(toks []token, m match, x timex.Expression) bool {
	first := -1
	for i := 0; i <= m.start && i < len(toks); i++ {
		if toks[i].start >= x.End {
			first = i
			break
		}
	}
	if first < 0 || m.start-first > preverbalGap {
		return false
	}
	for i := first; i < m.start; i++ {
		if toks[i].punct || !isLowerWord(toks[i].text) {
			return false
		}
	}
	if !pastForm(toks[first].lower) {
		return false // "on Friday" before a present or a noun is no past act's day
	}
	return precededBySubject(toks, x)
}

// precededBySubject reports a word, not a comma or the sentence's start,
// right before the time expression x: the subject it follows.
func precededBySubject(toks []token, x timex.Expression) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		if toks[i].end > x.Start {
			continue
		}
		if dayPrepositions[toks[i].lower] && i > 0 {
			i-- // "Belarus on Friday": the word before "on"
		}
		return !toks[i].punct && !reportingVerb(toks[i].lower) && toks[i].end <= x.Start
	}
	return false
}

// dayPrepositions open a day written after the subject: "on Friday", "late
// Friday", "in March".
var dayPrepositions = map[string]bool{"on": true, "in": true, "late": true, "early": true}

// reportingVerb reports a verb of saying whose day is the saying's:
// "said on Friday it expelled" is stop 40's form (announced20.go).
func reportingVerb(w string) bool {
	switch w {
	case "said", "says", "told", "announced", "confirmed", "reported", "stated":
		return true
	}
	return false
}

// followsAct reports the word before a noun cue at i as "follows" or a
// plural "follow" that is not an infinitive or after a modal: the act it
// names was done first ("The move follows Poland's expulsion").
func followsAct(toks []token, i int) bool {
	switch toks[i].lower {
	case "follows":
		return true
	case "follow":
		return i > 0 && toks[i-1].lower != "to" && !isModal(toks[i-1]) && toks[i-1].lower != "not"
	}
	return false
}
