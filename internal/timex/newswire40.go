package timex

import "strings"

// Stop 40: forms wire and business copy write that were misread.

// sayObjects are the objects wire copy puts between "told" and the day:
// "told reporters Monday", "told a news conference Monday".
var sayObjects = setOf("reporters", "journalists", "lawmakers", "parliament", "congress")

// planWords are past participles that look ahead: "the vote, scheduled
// Monday", "the talks, planned Thursday". A weekday after them is left to
// the tense.
var planWords = setOf("scheduled", "planned", "expected", "slated", "set", "due", "rescheduled", "postponed", "delayed", "moved")

// saidDay reports whether the bare weekday at tokens i..j-1 dates the act
// of a past verb straight before it, as wire copy writes the day of a
// saying or a decision: "The ambassador said on Tuesday that Iraq would
// retaliate", "IBM announced Monday it plans to cut 10,000 jobs", "told
// reporters Monday he will resign", "The union threatened Monday to
// strike next week", "voted Monday to". A bare "said Tuesday it will" is
// left to the tense: read as the saying's day it moved one real-news
// event's status, where the coder takes the weekday for the reported
// event's. The verb it follows is past, whatever the
// clause after it says. The verb is a past cue of data/tense.tsv or a
// regular -ed form not made passive or future by the words before it
// ("will be released Monday") and not one of planWords. The weekday that
// opens what is reported ("said Tuesday would be the deadline", "said
// Friday's meeting") is left to the tense. A participle of speaking
// ("Albright, speaking Tuesday in Ohio, said ...") takes the past of the
// sentence's reporting verb. So does the weekday after a past verb and
// its object ("Iraq barred the inspectors Sunday and says it will not
// back down", "Netanyahu told his cabinet Sunday"), and the weekday a
// firm past verb of its own clause governs, before a future the sentence
// goes on to ("Yeltsin returned to the Kremlin Monday and will meet
// Chirac next week").
func (p *parser) saidDay(i, j int) bool {
	if p.is(j, "'", "’", "will", "would", "is", "was", "could", "should", "might", "may", "must") {
		return false
	}
	b := i - 1
	if p.is(b, "late", "early") {
		b--
	}
	if p.is(b, "on") {
		b--
	}
	if sayObjects[p.tok(b).text] && p.is(b-1, "told") {
		return true
	}
	if sayObjects[p.tok(b).text] && p.is(b-1, "to") && p.is(b-2, "speaking", "talking") || p.is(b, "speaking", "testifying") {
		for _, t := range p.toks {
			if t.text == "said" || t.text == "told" {
				return true
			}
		}
		return false
	}
	if p.pastObjectBefore(b+1) || p.pastVerbBefore(b+1) {
		return true
	}
	w := p.tok(b).text
	if planWords[w] || b < 1 || nonPastBefore[p.tok(b-1).text] || p.is(b-1, "be", "been", "being", "had", "has", "have") {
		return false
	}
	if c, ok := tenseCues[w]; ok {
		if w == "said" && !p.is(i-1, "on") {
			return false // "said Tuesday it will": left to the tense (real news)
		}
		return !c.future && c.weight > 0
	}
	return len(w) >= 4 && w[len(w)-2:] == "ed" && w[len(w)-3:] != "eed" && isLetterWord(w)
}

// seasonName reports whether the season at token j is the first word of
// a name: capitalised and followed by a capitalised word ("the Spring
// Festival", the Chinese New Year of Xinhua copy; "the Summer Olympics",
// "the Winter Palace"). A season so written names no time of year.
func (p *parser) seasonName(j int) bool {
	r, nx := p.tok(j).raw, p.tok(j+1)
	return r != "" && r[0] >= 'A' && r[0] <= 'Z' && nx.raw != "" && nx.raw[0] >= 'A' && nx.raw[0] <= 'Z' && isLetterWord(nx.text)
}

// changeWords mark a figure's change, which business and Xinhua copy
// measures against a year: "up 12 percent over 1996", "5% higher than
// 1988", "rose 3 points from 1989".
var changeWords = setOf("percent", "%", "pct", "up", "down", "higher", "lower", "rose", "fell", "increase", "decrease",
	"gain", "drop", "points", "more", "less")

// comparedYear reports whether the bare number at i is a year a figure is
// measured against: after "over", "from", "than", "above" or "below" with
// a change word among the three words before, the year closing the clause
// ("Trade rose 12 percent over 1996.", "Output was 8 percent higher than
// 1996, the bureau said"). A count goes on ("from 1500 to 2000", "over
// 1500 people") and is left alone.
func (p *parser) comparedYear(i int) bool {
	if !p.is(i-1, "over", "from", "than", "above", "below") {
		return false
	}
	if nx := p.tok(i + 1).text; nx != "" && nx != "." && nx != "," && nx != ";" {
		return false
	}
	for b := i - 2; b >= 0 && b >= i-4; b-- {
		if changeWords[p.tok(b).text] {
			return true
		}
	}
	return false
}

// anchorYearAt reads "that year", "the same year", "the following year"
// and "the previous year" at token k, after a month ("in August of that
// year", "in March the following year"): the year of the date the
// sentence named before, moved by the word. With no date before, or with
// one whose year is not one year ("from 1990 to 1992"), it reads nothing.
func (p *parser) anchorYearAt(k int) (y, n int, ok bool) {
	a := p.anchor
	if a.Start.IsZero() || a.Start.Year() != a.End.Year() {
		return 0, 0, false
	}
	if p.is(k, "of") {
		k, n = k+1, 1
	}
	switch {
	case p.is(k, "that") && p.is(k+1, "year"):
		return a.Start.Year(), n + 2, true
	case p.is(k, "the") && p.is(k+2, "year") && !(p.is(k+3, "-") && p.glued(k+3)):
		switch p.tok(k + 1).text {
		case "same":
			return a.Start.Year(), n + 3, true
		case "following", "next":
			return a.Start.Year() + 1, n + 3, true
		case "previous", "preceding", "prior":
			return a.Start.Year() - 1, n + 3, true
		}
	}
	return 0, 0, false
}

// monthFigures are the monthly labour figures economic copy dates with a
// bare month straight before them, beside figureNouns: "December
// unemployment", "November payrolls", "the October jobs report".
var monthFigures = setOf("unemployment", "employment", "payrolls", "jobs", "joblessness")

// yearEndVerbs open or close a year a market or company is measured
// over: "Stocks ended 1990 with a loss", "The Nasdaq closed 1998 at
// 2,192", "The company began 1991 on a weak note".
var yearEndVerbs = setOf("ended", "ends", "closed", "closes", "finished", "finishes", "began", "begins", "started", "starts", "opened", "opens")

// yearEndNext are the words after such a year that show it is the verb's
// object and not a count ("closed 1990 stores" would go on with a noun).
var yearEndNext = setOf("at", "with", "up", "down", "on", "in", "as", ".", ",", ";")

// periodYear reports whether the bare number at i is the year a market or
// company ended or began: straight after one of yearEndVerbs and followed
// by a preposition or the end of the clause.
func (p *parser) periodYear(i int) bool {
	return yearEndVerbs[p.tok(i-1).text] && (i+1 >= len(p.toks) || yearEndNext[p.tok(i+1).text])
}

// pastMonthRange reads a range of two bare month names under a past verb
// as the period up to the latest such second month, the first placed
// before it: business and Xinhua copy tell a period up to a month just
// reported ("Imports fell 2 percent from January to October", "in the
// January-October period", said in November: this year's). Read on its
// own, the far-back January gave way to the coming one under the past
// verb and took the whole range a year ahead. Token i starts the first
// month, k the second.
func (p *parser) pastMonthRange(i, k int, a, b Value) (Value, Value, bool) {
	if p.tense != TensePast || a.Grain != GrainMonth || b.Grain != GrainMonth {
		return a, b, false
	}
	if _, n := p.month(i); n == 0 {
		return a, b, false
	}
	if _, n := p.month(k); n == 0 {
		return a, b, false
	}
	y := p.ref.Year()
	if b.Start.Month() > p.ref.Month() {
		y--
	}
	b = monthValue(y, b.Start.Month())
	a = moveToYear(a, y)
	if a.Start.After(b.Start) {
		a = moveToYear(a, y-1)
	}
	return a, b, true
}

// pastObjectBefore reports whether a past verb and its object (a
// determiner and one or two words) stand straight before token k, as
// boundPastObject reads them before "in": "barred the inspectors",
// "told his cabinet", "elected a new parliament". A cue or "to" in the
// object, a verb after an auxiliary or "be", and verbs that look ahead
// ("scheduled", "planned") do not count.
func (p *parser) pastObjectBefore(k int) bool {
	at, ok := p.verbBeforeObject(k)
	if !ok {
		return false
	}
	v := p.tok(at).text
	if !isLetterWord(v) || auxiliaries[v] || nonPastBefore[p.tok(at-1).text] || p.is(at-1, "have", "has", "had", "be", "been") {
		return false
	}
	if v == "told" {
		return true
	}
	if c, ok := tenseCues[v]; ok {
		return !c.future && c.weight >= 2
	}
	return len(v) > 4 && strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "eed") && !lookAhead[v] && !planWords[v]
}

// modalWords put what follows them out of the past: "would be released
// Monday", "could be freed Monday".
var modalWords = setOf("would", "could", "can", "may", "might", "must", "should", "will", "shall")

// pastVerbBefore reports whether a firm past verb stands among the seven
// words before token k in its clause with nothing between that looks
// ahead: "returned to the Kremlin Monday", "crashed in the Andes on
// Sunday", "spoke with Aziz by telephone Tuesday". A firm past is an
// irregular form or "was" (a past cue of weight 2 or more) or a regular
// -ed form not made passive or perfect by the words before it and not one
// that looks ahead ("scheduled", "planned"). A modal, a future cue, an
// infinitive "to" (one not before a capitalised place) or a clause
// boundary between stops the search.
func (p *parser) pastVerbBefore(k int) bool {
	for b := k - 1; b >= 0 && b >= k-7; b-- {
		t := p.tok(b)
		w := t.text
		if !isLetterWord(w) || clauseWords[w] || modalWords[w] {
			return false
		}
		if w == "to" && !p.tok(b+1).upper() && !p.is(b+1, "the") {
			return false
		}
		if c, ok := tenseCues[w]; ok {
			if c.future || c.weight == 0 {
				return false
			}
			if c.weight >= 2 {
				return p.firmPastAt(b)
			}
			continue
		}
		if len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !t.upper() {
			// not a name ("the United States"); a verb of putting off or
			// planning looks ahead ("was moved to Friday")
			return !lookAhead[w] && !planWords[w] && p.firmPastAt(b)
		}
	}
	return false
}

// stateVerbs take a participle as a state that lasts: "will stay closed",
// "remain closed".
var stateVerbs = setOf("stay", "stays", "remain", "remains", "keep", "keeps", "get", "gets", "become", "becomes")

// firmPastAt reports whether the past form at token b is a past tense:
// none of the three words before it is a modal, an auxiliary, "be", "to"
// or a verb of state ("will be freed", "has closed", "will stay closed").
func (p *parser) firmPastAt(b int) bool {
	for a := b - 1; a >= 0 && a >= b-3; a-- {
		w := p.tok(a).text
		if modalWords[w] || nonPastBefore[w] || auxiliaries[w] || stateVerbs[w] || w == "been" {
			return false
		}
	}
	return true
}
