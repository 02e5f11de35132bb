package timex

import (
	"strconv"
	"strings"
)

// Kind says what an expression names: a date of the calendar, or one of the
// other time expressions TimeML marks (TIMEX3 types DURATION, SET and TIME).
type Kind string

const (
	// KindDate is a day or period of the calendar, its days in Value.
	KindDate Kind = ""
	// KindDuration is a length of time: "three years", "a 16-hour flight",
	// "for years".
	KindDuration Kind = "duration"
	// KindSet is a recurrence: "every day", "annually", "each July".
	KindSet Kind = "set"
	// KindTime is a time of day written as a clock reads: "6 a.m.", "noon".
	KindTime Kind = "time"
)

// ruleKinds are the rules of the expressions that are no date. Only
// FindInSentence looks for them, and parseAt takes one only where it is
// longer than any date found at the same word, so a date keeps its words
// ("two weeks ago", "a year earlier", "the past three months") and no rule
// that reads a date inside another ever sees one of them. They date
// nothing: their Value is zero and Norm holds their TimeML value.
var ruleKinds = []rule{ruleDuration, ruleSet, ruleClock}

// otherKind is the longest match of ruleKinds at i.
func (p *parser) otherKind(i int) (match, bool) {
	var best match
	for _, r := range ruleKinds {
		if m, ok := r(p, i); ok && m.n > best.n {
			best = m
		}
	}
	return best, best.n > 0
}

// kindStarts are the words, besides numbers and the words of startSet, that
// a rule of ruleKinds may start with: the words that open a recurrence
// (setAdverbs and "every", "each", "per"), a clock's named hours, and the
// units that are a length alone (bareUnits). It is built from those lists
// so that a word added to one is looked for.
var kindStarts = func() map[string]bool {
	m := setOf("every", "each", "per", "noon", "midnight", "midday")
	for w := range setAdverbs {
		m[w] = true
	}
	for w := range bareUnits {
		m[w] = true
	}
	return m
}()

// lengthUnit is one unit a length is counted in: its TimeML letter, whether
// it is a unit of the clock (written after "T"), and how many of the
// letter's unit one of it is.
type lengthUnit struct {
	letter string
	clock  bool
	times  int
}

// lengthUnits holds the unit words, singular and plural.
var lengthUnits = func() map[string]lengthUnit {
	m := map[string]lengthUnit{}
	add := func(u lengthUnit, words ...string) {
		for _, w := range words {
			m[w] = u
		}
	}
	add(lengthUnit{"S", true, 1}, "seconds", "secs")
	add(lengthUnit{"M", true, 1}, "minute", "minutes", "mins")
	add(lengthUnit{"H", true, 1}, "hour", "hours", "hrs")
	add(lengthUnit{"D", false, 1}, "day", "days")
	add(lengthUnit{"W", false, 1}, "week", "weeks", "wk", "wks")
	add(lengthUnit{"W", false, 2}, "fortnight", "fortnights")
	add(lengthUnit{"M", false, 1}, "month", "months")
	add(lengthUnit{"Q", false, 1}, "quarter", "quarters", "qtr", "qtrs")
	add(lengthUnit{"Y", false, 1}, "year", "years", "yr", "yrs")
	add(lengthUnit{"Y", false, 10}, "decade", "decades")
	add(lengthUnit{"Y", false, 100}, "century", "centuries")
	return m
}()

// norm writes k of the unit as a TimeML duration: "P3Y", "PT5H", "P20Y"
// for two decades; k < 0 is a count not given ("PXY", "PTXH"); half adds
// half a unit where the next unit down says it ("P2Y6M", "PT5H30M").
func (u lengthUnit) norm(k int, half bool) string {
	var b strings.Builder
	b.WriteString("P")
	if u.clock {
		b.WriteString("T")
	}
	letter := u.letter
	if u.times == 10 && k < 0 {
		letter = "E" // decades
	}
	if u.times == 100 && k < 0 {
		letter = "C" // centuries
	}
	if k < 0 {
		b.WriteString("X" + letter)
		return b.String()
	}
	b.WriteString(strconv.Itoa(k*u.times) + letter)
	if half && u.times == 1 {
		switch {
		case u.letter == "Y":
			b.WriteString("6M")
		case u.letter == "D":
			b.WriteString("T12H")
		case u.clock && u.letter == "H":
			b.WriteString("30M")
		case u.clock && u.letter == "M":
			b.WriteString("30S")
		}
	}
	return b.String()
}

// lengthCount reads how many units a length counts: "3", "three",
// "twenty-four", "a", "a hundred", "2 1/2", "a couple of"; "several" and
// "a few" count a number not given (k = -1). n is 0 when there is none.
func (p *parser) lengthCount(i int) (k int, half bool, n int) {
	t := p.tok(i)
	switch {
	case t.isNum():
		if t.ord || t.digits > 3 {
			return 0, false, 0
		}
		// Not a price, a decimal, a score or a part of a date or clock time.
		if pr := p.tok(i - 1); p.glued(i) && (pr.text == "$" || pr.text == "#" || pr.text == "£" || pr.text == "€" ||
			pr.text == "." || pr.text == "," || pr.text == ":" || pr.text == "/" || pr.text == "-") {
			return 0, false, 0
		}
		if nx := p.tok(i + 1); p.glued(i+1) && (nx.text == "%" || nx.text == "," || nx.text == "." || nx.text == ":" || nx.text == "/") &&
			p.tok(i+2).isNum() && p.glued(i+2) {
			return 0, false, 0
		}
		k, n = t.num, 1
		if p.tok(i+1).text == "1" && p.is(i+2, "/") && p.glued(i+2) && p.tok(i+3).text == "2" && p.glued(i+3) {
			half, n = true, 4 // "2 1/2 years"
		}
	case t.text == "a" || t.text == "an":
		switch {
		case p.is(i+1, "few"):
			return -1, false, 2
		case p.is(i+1, "couple") && p.is(i+2, "of"):
			return 2, false, 3
		case p.is(i+1, "hundred"):
			k, n = 100, 2
		case p.is(i+1, "dozen"):
			k, n = 12, 2
		default:
			return 1, false, 1
		}
	case t.text == "several" || t.text == "few":
		return -1, false, 1
	case lex.tens[t.text] > 0:
		k, n = lex.tens[t.text], 1
		if p.is(i+1, "-") && p.glued(i+1) && p.glued(i+2) && lex.cardinal[p.tok(i+2).text] > 0 && lex.cardinal[p.tok(i+2).text] < 10 && !p.is(i+2, "a", "an") {
			k, n = k+lex.cardinal[p.tok(i+2).text], 3
		} else if c := lex.cardinal[p.tok(i+1).text]; c > 0 && c < 10 && !p.is(i+1, "a", "an") {
			k, n = k+c, 2 // "twenty four hours"
		}
	case lex.cardinal[t.text] > 0:
		k, n = lex.cardinal[t.text], 1
	default:
		return 0, false, 0
	}
	if p.is(i+n, "hundred") {
		k, n = k*100, n+1
	}
	return k, half, n
}

// lengthAdjectives may stand between a count and its unit: "two more
// weeks", "an additional year", "eight trading days".
var lengthAdjectives = setOf("more", "additional", "extra", "full", "straight", "consecutive", "successive",
	"trading", "business", "working", "calendar", "whole", "entire", "short", "long")

// ruleDuration reads a length of time, as news writes them: a count and a
// unit ("three years", "14 days", "a week", "nearly two months", "a couple
// of years", "2 1/2 years", "a minute and a half"), the same as a modifier
// ("a 16-hour flight", "the two-year strategy", "a five year low"), a unit
// in the plural alone ("for years", "within weeks", "in the weeks before
// the shooting") and "the past decade". Ages are left alone ("52 years
// old", "a 44-year-old protester"): TimeML does not mark them.
func ruleDuration(p *parser, i int) (match, bool) {
	if m, ok := p.pastDecade(i); ok {
		return m, true
	}
	k, half, n := p.lengthCount(i)
	if n == 0 {
		return p.bareLength(i)
	}
	j := i + n
	// "two to three weeks", "five or six years", "3-4 days": the first count.
	if p.is(j, "to", "or") && !p.is(j+1, "a", "an") {
		if _, _, n2 := p.lengthCount(j + 1); n2 > 0 && lengthUnits[p.tok(j+1+n2).text].letter != "" {
			j += 1 + n2
		}
	} else if p.is(j, "-") && p.glued(j) && p.tok(j+1).isNum() && p.glued(j+1) && lengthUnits[p.tok(j+2).text].letter != "" {
		j += 2
	}
	if p.is(j, "-") && p.glued(j) && p.glued(j+1) {
		j++ // "16-hour", "two-year"
	} else if lengthAdjectives[p.tok(j).text] && p.tok(j).space {
		j++
	}
	u, ok := lengthUnits[p.tok(j).text]
	if !ok || (p.tok(j).upper() && i > 0) {
		return match{}, false
	}
	one := p.is(i, "a", "an") && n == 1
	if one && !strings.HasSuffix(p.tok(j).text, "s") && j == i+1 && rateWord(p, i) {
		// "four flights a week", "358,000 a month", "interviews a day": a rate.
		return match{}, false
	}
	if u.letter == "Q" && p.is(j+1, "of") && !p.is(j+2, "losses", "gains", "growth", "decline", "declines") {
		return match{}, false // "a quarter of the shares", "three quarters of them"
	}
	end := j + 1
	if p.is(end, "and") && p.is(end+1, "a") && p.is(end+2, "half") {
		half, end = true, end+3
	}
	if p.is(end, "old", "olds") || compound(p, end) {
		return match{}, false
	}
	return match{n: end - i, kind: KindDuration, norm: u.norm(k, half)}, true
}

// compound reports whether a unit ends before a glued hyphen and word at
// i that make it another word: "a 44-year-old", "a year-end rally", "a
// year-earlier figure", "a quarter-point cut" ("decades-long" stays).
func compound(p *parser, i int) bool {
	return p.is(i, "-") && p.glued(i) && p.glued(i+1) && !p.is(i+1, "long") && p.tok(i+1).digits == 0
}

// rateWord reports whether "a" at i follows a quantity it divides ("four
// flights a week", "$5 a day", "twice a year"): then "a week" is no length.
func rateWord(p *parser, i int) bool {
	pr := p.tok(i - 1)
	switch {
	case pr.isNum():
		return true
	case p.is(i-1, "twice", "once", "times", "thrice", "million", "billion", "thousand", "hundred", "cents", "percent", "%"):
		return true
	}
	return false
}

// pastDecade reads "past decade", "last decade", "next century": ten or a
// hundred years up to now or from now ("over the past decade").
func (p *parser) pastDecade(i int) (match, bool) {
	if !p.is(i, "past", "last", "next", "previous", "coming") {
		return match{}, false
	}
	switch {
	case p.is(i+1, "decade"):
		return match{n: 2, kind: KindDuration, norm: "P10Y"}, true
	case p.is(i+1, "century"):
		return match{n: 2, kind: KindDuration, norm: "P100Y"}, true
	}
	return match{}, false
}

// bareUnits are the plural units that are a length alone: "for years",
// "within weeks", "months of talks". ("Quarters" alone is a place.)
var bareUnits = setOf("years", "months", "weeks", "days", "decades", "hours", "minutes", "centuries")

// bareLength reads a unit in the plural with no count: a length the text
// does not give ("PXY").
func (p *parser) bareLength(i int) (match, bool) {
	t := p.tok(i)
	if !bareUnits[t.text] || t.upper() && i > 0 {
		return match{}, false
	}
	if p.is(i+1, "old", "olds") || compound(p, i+1) {
		return match{}, false
	}
	return match{n: 1, kind: KindDuration, norm: lengthUnits[t.text].norm(-1, false)}, true
}

// setAdverbs are the words of a recurrence: "daily", "annually".
var setAdverbs = map[string]string{"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y",
	"annually": "P1Y", "hourly": "PT1H"}

// dayParts are the parts of a day a recurrence may name ("every morning").
var dayParts = map[string]string{"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

// seasonCodes are TimeML's seasons.
var seasonCodes = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

// ruleSet reads a recurrence: "daily", "annually", "every day", "each
// year", "every two weeks", "every other month", "each July", "every
// Tuesday", "every summer", "per day". Names are left alone ("the Daily
// Telegraph"), and so is "each of", "each other".
func ruleSet(p *parser, i int) (match, bool) {
	t := p.tok(i)
	if v, ok := setAdverbs[t.text]; ok {
		if t.upper() && i > 0 {
			return match{}, false
		}
		return match{n: 1, kind: KindSet, norm: v}, true
	}
	if t.text == "per" {
		if u, ok := lengthUnits[p.tok(i+1).text]; ok && !strings.HasSuffix(p.tok(i+1).text, "s") {
			return match{n: 2, kind: KindSet, norm: u.norm(1, false)}, true
		}
		return match{}, false
	}
	if t.text != "every" && t.text != "each" {
		return match{}, false
	}
	j, k := i+1, 1
	if p.is(j, "other") {
		j, k = j+1, 2
	} else if c, _, cn := p.lengthCount(j); cn > 0 && c > 1 && !p.is(j, "a", "an") {
		j, k = j+cn, c // "every two years"
	}
	w := p.tok(j)
	if u, ok := lengthUnits[w.text]; ok && (k > 1) == strings.HasSuffix(w.text, "s") {
		return match{n: j + 1 - i, kind: KindSet, norm: u.norm(k, false)}, true
	}
	if k > 1 {
		return match{}, false
	}
	if mo, n := p.month(j); n > 0 {
		return match{n: j + n - i, kind: KindSet, norm: "XXXX-" + twoDigits(int(mo))}, true
	}
	if wd, n, _, plural := p.weekday(j); n > 0 && !plural {
		iso := int(wd)
		if iso == 0 {
			iso = 7
		}
		return match{n: j + n - i, kind: KindSet, norm: "XXXX-WXX-" + strconv.Itoa(iso)}, true
	}
	if s, ok := seasonCodes[w.text]; ok {
		return match{n: j + 1 - i, kind: KindSet, norm: "XXXX-" + s}, true
	}
	if d, ok := dayParts[w.text]; ok {
		return match{n: j + 1 - i, kind: KindSet, norm: "XXXX-XX-XXT" + d}, true
	}
	if w.text == "weekend" {
		return match{n: j + 1 - i, kind: KindSet, norm: "XXXX-WXX-WE"}, true
	}
	return match{}, false
}

// twoDigits writes a month, an hour or a minute as TimeML does, with a
// leading zero ("07").
func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// ruleClock reads a time of day as a clock gives it: "6 a.m.", "10:30
// p.m.", "9am", "at 20:30 local time", "six o'clock", "noon", "midnight".
// The day it falls on is the date written beside it, found on its own
// ("10 p.m. Friday"), so its value leaves the day out ("XXXX-XX-XXT22:00").
func ruleClock(p *parser, i int) (match, bool) {
	t := p.tok(i)
	switch t.text {
	case "noon", "midday":
		return match{n: 1, kind: KindTime, norm: "XXXX-XX-XXT12:00"}, true
	case "midnight":
		return match{n: 1, kind: KindTime, norm: "XXXX-XX-XXT24:00"}, true
	}
	h, hn := 0, 0
	switch {
	case t.isNum() && !t.ord && t.digits <= 2:
		if pr := p.tok(i - 1); p.glued(i) && (pr.text == "$" || pr.text == "." || pr.text == "," || pr.text == ":" || pr.text == "-" || pr.text == "/") {
			return match{}, false
		}
		h, hn = t.num, 1
	case lex.cardinal[t.text] > 0 && lex.cardinal[t.text] <= 12 && !p.is(i, "a", "an"):
		h, hn = lex.cardinal[t.text], 1
	default:
		return match{}, false
	}
	j, mins := i+hn, 0
	colon := false
	if t.isNum() && p.is(j, ":") && p.glued(j) && p.glued(j+1) && p.tok(j+1).digits == 2 {
		mins, j, colon = p.tok(j+1).num, j+2, true
		if mins > 59 || h > 24 {
			return match{}, false
		}
	}
	hh := h
	switch {
	case p.is(j, "a", "p") && p.is(j+1, ".") && p.glued(j+1) && p.is(j+2, "m") && p.glued(j+2):
		if h < 1 || h > 12 {
			return match{}, false
		}
		pm := p.is(j, "p")
		j += 3
		if p.is(j, ".") && p.glued(j) {
			j++
		}
		hh = h % 12
		if pm {
			hh += 12
		}
	case p.is(j, "am", "pm") && (t.isNum() || colon):
		if h < 1 || h > 12 {
			return match{}, false
		}
		pm := p.is(j, "pm")
		j++
		hh = h % 12
		if pm {
			hh += 12
		}
	case p.is(j, "o") && p.is(j+1, "'", "’") && p.glued(j+1) && p.is(j+2, "clock") && p.glued(j+2):
		if h < 1 || h > 12 {
			return match{}, false
		}
		j += 3
	case colon && (p.is(i-1, "at", "by", "until", "till", "from", "before", "after") ||
		p.is(j, "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "bst", "cet") ||
		p.is(j, "local") && p.is(j+1, "time")):
		// a 24-hour clock ("at 20:30 local time")
	default:
		return match{}, false
	}
	return match{n: j - i, kind: KindTime, norm: "XXXX-XX-XXT" + twoDigits(hh) + ":" + twoDigits(mins)}, true
}
