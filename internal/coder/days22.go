package coder

import (
	"strings"

	"storyline/internal/timex"
)

// Twenty-fourth pass (stop 42), the day: three ways English news places a
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
//
// A counted day inside the sentence counts from the sentence before as the
// opener does (later20.go): "Greece expelled a Libyan diplomat on Tuesday.
// Libya responded a day later by expelling a Greek diplomat." The reply
// took Tuesday unshifted.
//
// A date inside a clause hung on the act's object is the thing's:
// "recalled its ambassador over a maritime deal signed with Turkey in
// 2019", "over a deal that Tripoli signed with Ankara in 2019". Stop 38's
// participle rule (objectdate18.go) took only a doer after "by" between
// the participle and the date; the partner after "with" and the relative
// clause are the same background, and the act itself, told with no day,
// took the deal's year. A day in the relative clause is left to the act
// ("summoned the envoy over the violation that took place on Friday"):
// the answer falls on or near the day of what it answers, and dev lost a
// found summons when it was dropped.

// preverbalGap is how many lower-case words may stand between the day and
// the cue's head: "on Saturday announced retaliatory tariffs".
const preverbalGap = 2

// preverbalDay reports a time expression x of the sentence that stands
// right before the verb of the act m, its gap a past verb and at most one
// word more: "Belarus on Friday condemned", "China on Saturday imposed
// tariffs". A day after a comma ("On Friday, Belarus condemned") or in a
// saying ("said on Friday it had expelled") is not this form.
func preverbalDay(toks []token, m match, x timex.Expression) bool {
	first := tokenAtOffset(toks, x.End) // objectdate18.go
	if first > m.start || first >= len(toks) || m.start-first > preverbalGap {
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

// participleLinks may open the words between a participle hung on a noun
// and its date: its doer ("seized by Soviet troops in 1945") or its
// partner ("signed with world powers in 2015", "held between the two
// leaders in 2018", "reached under Obama in 2016"), or where it went
// ("garbage shipped to Manila in 2013", "oil bought from Iran in March":
// stop 47, shipped47.go).
var participleLinks = map[string]bool{"by": true, "with": true, "between": true, "among": true, "under": true, "to": true, "from": true, "into": true}

// backgroundRelative reports a year or month x closing a relative clause
// on the act's object (relativeDated).
func backgroundRelative(toks []token, m match, x timex.Expression) bool {
	return x.Value.Grain != timex.GrainDay && relativeDated(toks, m.end, tokenAtOffset(toks, x.Start))
}

// relativeReach is how many words a relative clause may hold before its
// date: "that Tripoli signed with Ankara in 2019".
const relativeReach = 8

// relativeWords open a relative clause on a noun.
var relativeWords = map[string]bool{"that": true, "which": true}

// relativeDated reports a time expression at token k that closes a
// relative clause on a noun after token lo: "a deal that Tripoli signed
// with Ankara in 2019", "the programme, which it joined in 2017". The
// clause needs a past verb of its own before the date; "that" after a verb
// ("said that Russia expelled ... on Monday") opens a saying, not a noun's
// clause.
func relativeDated(toks []token, lo, k int) bool {
	if k <= lo+2 || k > len(toks) {
		return false
	}
	if w := toks[k-1].lower; w != "in" && w != "on" {
		return false
	}
	verb := false
	for p := k - 2; p > lo && p >= k-1-relativeReach; p-- {
		t := toks[p]
		if t.punct {
			return false
		}
		if relativeWords[t.lower] {
			return verb && p-1 > lo && nounBeforeRelative(toks, p)
		}
		if isLowerWord(t.text) && pastForm(t.lower) {
			verb = true
		}
	}
	return false
}

// nounBeforeRelative reports a lower-case noun (or a comma after one)
// before the relative word at p: "deal that", "programme, which". A verb
// of saying, an adjective of certainty or a past form before "that" opens
// a clause that is no noun's.
func nounBeforeRelative(toks []token, p int) bool {
	prev := toks[p-1]
	if prev.lower == "," && p >= 2 && toks[p].lower == "which" {
		prev = toks[p-2]
	}
	if prev.punct || !isLowerWord(prev.text) || pastForm(prev.lower) || reportingVerb(prev.lower) {
		return false
	}
	switch prev.lower {
	case "says", "say", "believe", "believes", "claim", "claims", "warn", "warns", "insist", "insists", "so", "such", "now", "fact", "sure", "clear":
		return false
	}
	return !strings.HasSuffix(prev.lower, "ly")
}

// innerOffset is the count of a "<count> day(s) later/earlier" phrase
// written inside the sentence, after its verb ("responded two days later
// by expelling"), not opening it (sentenceOffset) and not "a day later
// than planned" or "two days after the vote" (a day of its own sentence,
// which timex reads).
func innerOffset(text string) (int, bool) {
	f := strings.Fields(strings.ToLower(text))
	for i := 1; i+2 < len(f); i++ {
		if n, ok := followingDay(f, i); ok {
			return n, true // "summoned the ambassador the next day" (days23.go)
		}
		n, ok := spelledCounts[f[i]]
		if !ok || n == 1 && f[i+1] != "day" || n > 1 && f[i+1] != "days" {
			continue
		}
		w := strings.TrimRight(f[i+2], ",.;")
		if w != "later" && w != "earlier" || i+3 < len(f) && f[i+3] == "than" {
			continue
		}
		if w == "later" {
			return n, true
		}
		return -n, true
	}
	return 0, false
}
