package timex

import (
	"slices"
	"sync"
	"time"
)

// parser runs the rules over the tokens of one text.
type parser struct {
	toks  []token
	ref   time.Time // the reference day, 00:00 UTC
	tense Tense
	// whole is set by Parse: the text is one phrase, so forms that are
	// dates only in context ("2/15", "sat", a bare "March") are taken.
	whole bool
	// refs is set by FindInSentence: the words that name the present,
	// past or future as a whole ("now", "recently") are found too, and
	// the expressions that are no date (ruleKinds: "three years",
	// "daily", "6 a.m.").
	refs bool
	// memo keeps inner's answer per token: rules that read a date inside
	// themselves ("the week of ...") would otherwise redo work without end
	// on text that repeats them.
	memo map[int]memoEntry
	// anchor is the period of the last date found before in the sentence,
	// for the words that count from it ("the following year", "later that
	// year"); zero Start if none.
	anchor         Period
	anchorExplicit bool
	// anchorNext is the token just after the anchor's words.
	anchorNext int
	// anchorEnded is set when the anchor is the day a reporting period
	// ended ("the quarter ended Sept. 30"; periodEndAt).
	anchorEnded bool
	// buf is where toks came from in tokenBufs, nil if not pooled.
	buf *[]token
}

// setAnchor keeps the date just found as the anchor of the words that
// count from it: a range anchors by its last date. next is the token
// after its words.
func (p *parser) setAnchor(m match, next int) {
	if m.ref != RefNone || m.kind != KindDate {
		return // "now", "three years", "daily" date nothing a later word could count from
	}
	p.anchorNext = next
	v := m.v
	if m.ends != nil {
		v = m.ends[1].v
	}
	ended := p.periodEndAt(next - m.n)
	if w := v.Whole(); w != p.anchor || ended != p.anchorEnded {
		p.anchor, p.anchorExplicit, p.anchorEnded = w, m.explicit, ended
		clear(p.memo)
	}
}

type memoEntry struct {
	done bool
	m    match
	ok   bool
}

// match is what a rule found: n tokens from where it started.
type match struct {
	n        int
	v        Value
	explicit bool
	// endsInDay is set when the last token is a day of the month, so a
	// range may go on with a bare day: "July 27-30".
	endsInDay bool
	// ends are a range's first and last date as written, nil otherwise.
	ends *[2]rangeEnd
	// ref is set when the match names the present, past or future as a
	// whole (ruleRef).
	ref Ref
	// kind and norm are set for an expression that is no date (ruleKinds):
	// what it names and its TimeML value.
	kind Kind
	norm string
}

// rangeEnd is one end of a range: n tokens from token i, and its value.
type rangeEnd struct {
	i, n     int
	v        Value
	explicit bool
}

type rule func(p *parser, i int) (match, bool)

// rules are tried at every token; the longest match wins, the first on ties.
// (Set in init: some rules read a date inside themselves through inner.)
// Beside each rule are the commonStarts it may start with (rulesAt).
var rules []rule

func init() {
	table := []struct {
		r      rule
		common []string
	}{
		{ruleDate, words("the", aNumber, aMonth, aWeekday)}, // "the 15th of March"
		{ruleMonthYear, words(aMonth)},
		{ruleNumeric, words(aNumber)},
		{ruleYear, words(aNumber, aCardinal)}, // "nineteen ninety-one"
		{ruleClippedYear, words("’", "'")},
		{ruleMonth, words("this", aMonth)},
		{ruleRelativeDay, words("the", "this", "at")},
		{ruleRelativePeriod, words("the", "this", "around")},
		{ruleWeekend, words("the", "this", "over")},
		{ruleWeekday, words("this", aWeekday)},
		{ruleCountedWeekday, words("a", "an", "one", aNumber, aCardinal)}, // count: "a", "an" are cardinals
		{ruleCountAgo, words("in", "a", "an", "one", aNumber, aCardinal)},
		{ruleSpan, words("the")},
		{ruleQuarter, words("the", aNumber)},
		{ruleMonthQuarter, words(aMonth)},
		{ruleHalf, words("the", aNumber)},
		{rulePart, words("the", "at")},
		{ruleOrdinalOf, words("the", aNumber)},
		{ruleWeekOf, words("the")},
		{ruleDayRange, words("the", "from", "between", aNumber)},
		{ruleDayOfMonth, words("the")},
		{ruleSeason, words("the", "this")},
		{ruleForDays, words("for")},
		{ruleHoliday, holidayStarts("the", "a", "an", "one", aNumber, aCardinal)}, // "two days after Christmas"
		{ruleClosest, words("the", aNumber)},
		{ruleDayOfRelativeMonth, words("the", aNumber)},
		{ruleWholeWeek, words("the", "all")},
		{ruleYearEarlier, words("year")},
		{ruleTheYear, words("the")},
		{ruleStoryYear, words("the", "year")},
		{ruleThatPeriod, words("the", "that")},
		{ruleRef, commonStarts}, // refPhrases start with many words
		{ruleCentury, words("the", "this", aNumber)},
		{ruleFirstMonths, words("the")},
		{ruleRecordWeek, nil},
		{ruleAdjacentDay, words("the")},
		{ruleCountedAdjacentDay, words("a", "one", aCardinal)},
		{rulePeriodEnd, words("the", "year")},
		{ruleMidyear, nil},
		{ruleEarlyInThe, nil},
		{ruleYearBefore, words("a", "one")},
		{ruleNewYear, words("the")},
		{ruleNewswire38b, words("the", "a", "an", "one", aNumber, aMonth, aCardinal)},
		{ruleNewswire38c, holidayStarts("the", "a", "an", "one", aNumber, aCardinal)},
	}
	rulesAt = map[string][]rule{}
	for _, w := range commonStarts {
		rulesAt[w] = []rule{}
	}
	for _, e := range table {
		rules = append(rules, e.r)
		for _, w := range e.common {
			rulesAt[w] = append(rulesAt[w], e.r)
		}
	}
	// Each word of a class stands for it in the index: one look-up in
	// single, as for the common words.
	for w, class := range classWords() {
		rulesAt[w] = rulesAt[class]
	}
}

// commonStarts are the words that start most tries of the rules, and few
// rules: at "the", "a", "in", a number ... (four tokens in five of those
// that pass mayStart in news text) single tries only the rules that may
// start there.
var commonStarts = []string{"the", "a", "an", "in", "for", "on", "at", "from", "this", "’", "'",
	aNumber, theAlone, "one", "all", "over", "that", "during", "between", "around", "year", aMonth, aWeekday, aCardinal}

// aMonth, aWeekday and aCardinal stand in commonStarts for the words of
// a class (classWords): month names ("May", "Sept"), weekday names in full,
// short and plural ("Thursday", "Thu", "Fridays"), and the cardinals that
// are not also tens ("two", "several"). At "March", "two" or "Friday" single
// tried all the rules; a handful of them can start there.
const (
	aMonth    = "<month>"
	aWeekday  = "<weekday>"
	aCardinal = "<cardinal>"
)

// classWords maps each word of a class to the class, leaving out a word
// that any rule may read at its start in another way: one of two classes,
// a common start, an ordinal, a tens word, a unit, a fixed start word of
// a rule (startWords), the first word of a holiday, a record word or a
// reference phrase.
func classWords() map[string]string {
	other := func(w string) bool {
		_, ord := lex.ordinal[w]
		_, tens := lex.tens[w]
		_, unit := lex.unit[w]
		_, holiday := holidaysByWord[w]
		return slices.Contains(commonStarts, w) || ord || tens || unit || holiday || startWords[w] || recordWords[w] ||
			refPhrases[w] != nil || kindStarts[w]
	}
	classes := map[string][]string{}
	for w := range lex.month {
		classes[w] = append(classes[w], aMonth)
	}
	for w := range lex.weekday {
		classes[w] = append(classes[w], aWeekday)
		classes[w+"s"] = append(classes[w+"s"], aWeekday)
	}
	for w := range lex.wdAbbr {
		classes[w] = append(classes[w], aWeekday)
	}
	for w := range lex.cardinal {
		classes[w] = append(classes[w], aCardinal)
	}
	out := map[string]string{}
	for w, cs := range classes {
		if len(cs) == 1 && !other(w) {
			out[w] = cs[0]
		}
	}
	return out
}

// aNumber stands in commonStarts for every token written in figures
// ("15", "15th"); no token's text is it.
const aNumber = "<number>"

// theAlone stands in commonStarts for a "the" before a word no rule reads
// after "the" (theFollowers): most of them, where only ruleRef may start.
const theAlone = "<the alone>"

// theFollowers are the words the rules that start with "the" read next:
// a number, an ordinal or tens word (day numbers: "the 15th", "the
// twenty-first"), a word of periodOffset ("the coming weeks"), a unit, a
// part, a season, the second word of a holiday named with "the", and the
// words of the single rules ("the day after tomorrow", "the rest of").
var theFollowers = func() map[string]bool {
	m := setOf("day", "night", "week", "weekend", "month", "quarter", "year", "latest", "preceding", "prior",
		"final", "eom", "bom", "eoy", "boy", "early", "beginning", "start", "mid", "middle", "late", "end",
		"spring", "summer", "autumn", "fall", "winter", "season", "seasons", "closest", "nearest", "rest",
		"full", "whole", "entire", "fiscal", "same", "new",
		"this", "current", "last", "past", "previous", "recent", "next", "coming", "upcoming", "following")
	for _, set := range []map[string]int{lex.ordinal, lex.tens} {
		for w := range set {
			m[w] = true
		}
	}
	for _, h := range holidaysByWord["the"] {
		if len(h.words) > 1 {
			m[h.words[1]] = true
		}
	}
	return m
}()

// rulesAt maps each of commonStarts to the rules that may start with it,
// in the order of rules; it is read off each rule's first tests, and
// TestRulesAtAgree holds it to trying every rule.
var rulesAt map[string][]rule

// words is its arguments, each one of commonStarts (else it panics: an
// entry of rulesAt would be missing).
func words(ws ...string) []string {
	for _, w := range ws {
		if !slices.Contains(commonStarts, w) {
			panic("timex: " + w + " is not one of commonStarts")
		}
	}
	return ws
}

// holidayStarts is words(ws...) with the commonStarts a holiday's name
// begins with ("the Fourth of July"), for the rules that start with one.
func holidayStarts(ws ...string) []string {
	out := words(ws...)
	for _, w := range commonStarts {
		if _, ok := holidaysByWord[w]; ok && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}

func newParser(text string, ref time.Time, tense Tense, whole bool) *parser {
	toks := tokenize(text)
	return &parser{toks: toks, ref: refDay(ref), tense: tense, whole: whole}
}

// tokenBufs keeps the token slices of finished parsers: Find runs on every
// sentence, and its tokens were a tenth of the bytes coding allocates.
var tokenBufs = sync.Pool{New: func() any { return new([]token) }}

// pooledParser is newParser with its tokens in a slice from tokenBufs; the
// caller calls release when done, and keeps nothing of p.toks.
func pooledParser(text string, ref time.Time, tense Tense) *parser {
	buf := tokenBufs.Get().(*[]token)
	toks := appendTokens((*buf)[:0], text)
	return &parser{toks: toks, ref: refDay(ref), tense: tense, buf: buf}
}

// release gives a pooled parser's tokens back, cleared so that the pool
// holds no text.
func (p *parser) release() {
	if p.buf == nil {
		return
	}
	clear(p.toks)
	*p.buf = p.toks[:0]
	tokenBufs.Put(p.buf)
	p.toks, p.buf = nil, nil
}

// single is the longest match of any one rule at i.
func (p *parser) single(i int) (match, bool) {
	var best match
	if i < 0 || i >= len(p.toks) || !p.mayStart(i) {
		return best, false
	}
	w := p.toks[i].text
	switch {
	case p.toks[i].isNum():
		w = aNumber
	case w == "the":
		if nx := p.tok(i + 1); !nx.isNum() && !theFollowers[nx.text] {
			w = theAlone
		}
	}
	rs, common := rulesAt[w]
	if !common {
		rs = rules
	}
	for _, r := range rs {
		if m, ok := r(p, i); ok && m.n > best.n {
			best = m
		}
	}
	return best, best.n > 0
}

// inner is single for a date read inside another rule or range, memoised.
func (p *parser) inner(i int) (match, bool) {
	if e, ok := p.memo[i]; ok && e.done {
		return e.m, e.ok
	}
	m, ok := p.single(i)
	if p.memo == nil {
		p.memo = map[int]memoEntry{}
	}
	p.memo[i] = memoEntry{done: true, m: m, ok: ok}
	return m, ok
}

// parseAt is single extended to a range where one follows ("Thursday
// through Saturday", "July 30 to Aug. 1", "July 27-30").
func (p *parser) parseAt(i int) (match, bool) {
	m, ok := p.single(i)
	if p.refs && !p.whole {
		if k, kok := p.otherKind(i); kok && k.n > m.n {
			return k, true
		}
	}
	if !ok || m.ref != RefNone {
		return m, ok
	}
	if r, ok := p.extendRange(i, m); ok {
		return r, true
	}
	if r, ok := p.extendFor(i, m); ok {
		return r, true
	}
	return m, true
}

// mayStart cheaply rules out tokens no rule starts with.
func (p *parser) mayStart(i int) bool {
	t := p.toks[i]
	return t.isNum() || startSet[t.text] || t.text == "that" && !p.anchor.Start.IsZero() ||
		p.refs && (refPhrases[t.text] != nil || kindStarts[t.text])
}

// startSet holds every word a rule may start with.
var startSet = func() map[string]bool {
	m := map[string]bool{}
	for w := range startWords {
		m[w] = true
	}
	for w := range lex.month {
		m[w] = true
	}
	for w := range lex.weekday {
		m[w] = true
		m[w+"s"] = true
	}
	for w := range lex.wdAbbr {
		m[w] = true
	}
	for w := range recordWords {
		m[w] = true
	}
	for w := range holidaysByWord {
		m[w] = true
	}
	for _, set := range []map[string]int{lex.ordinal, lex.cardinal, lex.tens} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

var startWords = setOf("the", "this", "next", "last", "past", "previous", "coming", "upcoming", "current", "following",
	"today", "tonight", "tomorrow", "tomorrows", "yesterday", "earlier", "later", "in", "early", "mid", "late",
	"beginning", "start", "end", "middle", "eom", "bom", "eoy", "boy", "all", "rest", "weekend", "q", "h",
	"summer", "winter", "spring", "autumn", "fall", "season", "seasons", "on", "from", "at", "between", "for",
	"around", "over", "during", "recent", "christmas", "easter", "new", "valentine", "halloween", "ides", "good", "holy",
	"palm", "ash", "boxing", "closest", "nearest", "thanksgiving", "black", "cyber", "memorial", "labor", "labour",
	"martin", "presidents", "mother", "father", "year")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

func isWeekdayWord(w string) bool {
	if _, ok := lex.weekday[w]; ok {
		return true
	}
	if _, ok := lex.wdAbbr[w]; ok {
		return true
	}
	if len(w) > 1 && w[len(w)-1] == 's' {
		_, ok := lex.weekday[w[:len(w)-1]]
		return ok
	}
	return false
}

func (p *parser) tok(i int) token {
	if i < 0 || i >= len(p.toks) {
		return token{num: -1}
	}
	return p.toks[i]
}

// is reports whether token i is one of words.
func (p *parser) is(i int, words ...string) bool {
	if i < 0 || i >= len(p.toks) {
		return false
	}
	for _, w := range words {
		if p.toks[i].text == w {
			return true
		}
	}
	return false
}

// glued reports whether token i follows token i-1 with no space between.
func (p *parser) glued(i int) bool {
	return i > 0 && i < len(p.toks) && !p.toks[i].space
}

// period returns 1 when token i is a period glued to the word before it.
func (p *parser) period(i int) int {
	if p.is(i, ".") && p.glued(i) {
		return 1
	}
	return 0
}

// month reads a month name (with its abbreviation's period) at i. In running
// text the name must be capitalised: "may" and "march" are words too.
func (p *parser) month(i int) (time.Month, int) {
	t := p.tok(i)
	m := lex.month[t.text]
	if m == 0 || (!p.whole && !t.upper()) {
		return 0, 0
	}
	if len(t.text) <= 4 && t.text != "june" && t.text != "july" && t.text != "may" {
		return m, 1 + p.period(i+1)
	}
	return m, 1
}

// weekday reads a weekday name at i; abbr is set for short forms ("Sat",
// "Wed") that are words too, plural for "Fridays".
func (p *parser) weekday(i int) (wd time.Weekday, n int, abbr, plural bool) {
	t := p.tok(i)
	if !p.whole && !t.upper() {
		return 0, 0, false, false
	}
	if wd, ok := lex.weekday[t.text]; ok {
		return wd, 1, false, false
	}
	if wd, ok := lex.wdAbbr[t.text]; ok {
		return wd, 1 + p.period(i+1), true, false
	}
	if len(t.text) > 1 && t.text[len(t.text)-1] == 's' {
		if wd, ok := lex.weekday[t.text[:len(t.text)-1]]; ok {
			return wd, 1, false, true
		}
	}
	return 0, 0, false, false
}

// dayNum reads a day of the month: "15", "15th", "fifteenth", "twenty-first".
func (p *parser) dayNum(i int) (int, int) {
	t := p.tok(i)
	if t.isNum() {
		if t.digits > 2 || t.num < 1 || t.num > 31 {
			return 0, 0
		}
		// Not a clock time, a decimal or a percentage.
		if nx := p.tok(i + 1); p.glued(i+1) && (nx.text == "%" || (nx.text == ":" || nx.text == ".") && p.tok(i+2).isNum() && p.glued(i+2)) {
			return 0, 0
		}
		return t.num, 1
	}
	if d := lex.ordinal[t.text]; d > 0 && d <= 31 {
		return d, 1
	}
	if tens := lex.tens[t.text]; tens > 0 {
		j := i + 1
		if p.is(j, "-") {
			j++
		}
		if d := lex.ordinal[p.tok(j).text]; d > 0 && d < 10 && tens+d <= 31 {
			return tens + d, j + 1 - i
		}
	}
	return 0, 0
}

// ordinal reads an ordinal written as such: "3rd", "third".
func (p *parser) ordinal(i int) (int, int) {
	t := p.tok(i)
	if t.ord {
		if t.num < 1 || t.num > 31 {
			return 0, 0
		}
		return t.num, 1
	}
	if k := lex.ordinal[t.text]; k > 0 {
		return k, 1
	}
	return 0, 0
}

// year reads a four-digit year, with an era if one is written ("2014 A.D.",
// "14 a.d.", "2014 BC": BC years are negative, as Duckling writes them).
func (p *parser) year(i int) (int, int) {
	t := p.tok(i)
	if !t.isNum() || t.ord {
		return 0, 0
	}
	if pr := p.tok(i - 1); p.glued(i) && (pr.text == "$" || pr.text == "£" || pr.text == "€" || pr.text == "#") {
		return 0, 0
	}
	if nx := p.tok(i + 1); p.glued(i+1) && (nx.text == "%" || nx.text == "s" || (nx.text == ":" || nx.text == ",") && p.tok(i+2).isNum() && p.glued(i+2)) {
		return 0, 0 // 5%, 10:30, the 1990s, 2,019
	}
	y, n := t.num, 1
	switch {
	case p.is(i+1, "ad", "ce"):
		n++
	case p.is(i+1, "bc", "bce"):
		y, n = -y, n+1
	case p.is(i+1, "a") && p.is(i+2, ".") && p.is(i+3, "d"):
		n += 3 + p.period(i+4)
	case p.is(i+1, "b") && p.is(i+2, ".") && p.is(i+3, "c"):
		y, n = -y, n+3+p.period(i+4)
	default:
		if t.digits != 4 || y < 1000 || y > 2999 {
			return 0, 0
		}
	}
	return y, n
}

// count reads a small number: "3", "three", "a", "a few".
func (p *parser) count(i int) (int, int) {
	t := p.tok(i)
	if t.isNum() && !t.ord && t.digits <= 3 {
		return t.num, 1
	}
	if p.is(i, "a") && p.is(i+1, "few", "couple") {
		k := 3
		if p.is(i+1, "couple") {
			k = 2
		}
		if p.is(i+2, "of") {
			return k, 3
		}
		return k, 2
	}
	if k := lex.cardinal[t.text]; k > 0 {
		return k, 1
	}
	return 0, 0
}

// unit reads a calendar unit word: day, week, fortnight, month, quarter, year.
func (p *parser) unit(i int) (string, int) {
	u := lex.unit[p.tok(i).text]
	if u == "" {
		return "", 0
	}
	return u, 1
}
