package timex

import "time"

// cue words before a bare month or year that make it a date in running
// text: "in March", "since 2019", "between May and July".
var bareCue = setOf("in", "on", "since", "until", "till", "by", "from", "to", "through", "thru", "during", "of",
	"before", "after", "between", "and", "or", "throughout", "-", "–", "the", "until", "mid", "around", "for",
	"last", "next", "this", "early", "late", "circa", "as", "spring", "summer", "autumn", "fall", "winter")

// ruleDate reads a calendar day written with a month name, month first or
// day first, with an optional year and weekday: "July 28", "July 28, 2024",
// "28 July", "the 15th of February", "Monday, Feb 18", "31-Oct-74".
func ruleDate(p *parser, i int) (match, bool) {
	j := i
	wd, wn, _, _ := p.weekday(i)
	hasWd := wn > 0
	if hasWd {
		j += wn
		if p.is(j, ",") {
			j++
		}
	}
	var m time.Month
	var d, y int
	endsInDay := false
	if mm, mn := p.month(j); mn > 0 {
		k := j + mn
		if p.is(k, "the") {
			k++
		}
		dd, dn := p.dayNum(k)
		if dn == 0 {
			return match{}, false
		}
		m, d, k = mm, dd, k+dn
		endsInDay = true
		yk := k
		if p.is(yk, ",") {
			yk++
		}
		if yy, yn := p.calYear(yk); yn > 0 {
			y, k, endsInDay = yy, yk+yn, false
		}
		j = k
	} else {
		k := j
		if p.is(k, "the") {
			k++
		}
		dd, dn := p.dayNum(k)
		if dn == 0 {
			return match{}, false
		}
		k += dn
		sep := ""
		switch {
		case p.is(k, "of"):
			k++
		case p.is(k, "-", "/", ".") && p.glued(k):
			sep = p.tok(k).text
			k++
		}
		mm, mn := p.month(k)
		if mn == 0 {
			return match{}, false
		}
		m, d, k = mm, dd, k+mn
		yk := k
		switch {
		case sep != "" && p.is(yk, sep):
			yk++
		case p.is(yk, ","):
			yk++
		}
		if yy, yn := p.calYear(yk); yn > 0 {
			y, k = yy, yk+yn
		} else if t := p.tok(yk); t.isNum() && t.digits == 2 && !t.ord && (sep != "" || p.whole) {
			y, k = twoDigitYear(t.num), yk+1
		}
		j = k
	}
	// "Jul 18, Fri": the weekday after the date.
	if !hasWd && p.is(j, ",") {
		if w2, n2, _, _ := p.weekday(j + 1); n2 > 0 {
			wd, hasWd, j = w2, true, j+1+n2
		}
	}
	var v Value
	if y != 0 {
		if !validDate(y, m, d) {
			return match{}, false
		}
		v = dayValue(date(y, m, d))
	} else {
		var ok bool
		if v, ok = p.monthDay(i, m, d, wd, hasWd); !ok {
			return match{}, false
		}
	}
	return match{n: j - i, v: v, explicit: y != 0, endsInDay: endsInDay}, true
}

// monthDay resolves a month and day given without a year. A weekday written
// with it picks the year it falls on ("Sunday, Feb 10"); otherwise the tense.
func (p *parser) monthDay(i int, m time.Month, d int, wd time.Weekday, hasWd bool) (Value, bool) {
	if hasWd {
		v, ok := resolveYear(p.ref, TenseUnknown, func(y int) (Value, bool) {
			return dayValue(date(y, m, d)), validDate(y, m, d) && date(y, m, d).Weekday() == wd
		})
		if ok {
			return v, true
		}
	}
	return p.yearless(i, func(y int) (Value, bool) {
		return dayValue(date(y, m, d)), validDate(y, m, d)
	})
}

// ruleMonthYear reads a month of a given year: "April 2019", "October of 2014".
func ruleMonthYear(p *parser, i int) (match, bool) {
	m, mn := p.month(i)
	if mn == 0 {
		return match{}, false
	}
	j := i + mn
	if p.is(j, ",", "of") {
		j++
	}
	y, yn := p.calYear(j)
	if yn == 0 {
		return match{}, false
	}
	return match{n: j + yn - i, v: monthValue(y, m), explicit: true}, true
}

// ruleMonth reads a month without a year: "in March" (by tense), "next
// March", "last March", "this March", "March after next", "March next
// year", "March in a year". A bare month in running text needs a cue
// before it, so the verbs "may" and "march" stay verbs.
func ruleMonth(p *parser, i int) (match, bool) {
	j, det := i, ""
	if p.is(j, "this") && p.is(j+1, "past", "coming") {
		j++ // "this past May", "this coming March"
	}
	if p.is(j, "next", "last", "this", "coming", "past") {
		det, j = p.tok(j).text, j+1
	}
	m, mn := p.month(j)
	if mn == 0 {
		return match{}, false
	}
	j += mn
	refY, refM := p.ref.Year(), p.ref.Month()
	if d, dn := p.dayNum(j); dn > 0 && det != "" {
		// "last Nov. 8", "next March 3": the latest such day before the
		// reference day, the first after it, or this year's.
		for _, y := range []int{refY - 1, refY, refY + 1} {
			if !validDate(y, m, d) {
				continue
			}
			t := date(y, m, d)
			switch {
			case (det == "last" || det == "past") && t.Before(p.ref) && !date(y+1, m, d).Before(p.ref),
				(det == "next" || det == "coming") && t.After(p.ref) && !date(y-1, m, d).After(p.ref),
				det == "this" && y == refY:
				return match{n: j + dn - i, v: dayValue(t)}, true
			}
		}
		return match{}, false
	}
	var y int
	switch det {
	case "next", "coming":
		y = refY
		if m <= refM {
			y++
		}
	case "last", "past":
		y = refY
		if m >= refM || det == "last" && m == refM-1 {
			// "last February" said in March is not the month just gone,
			// which news calls "last month" or "in February", but the one
			// of the year before; "this past February" is the month just
			// gone. Said in January, "last December" is the December
			// just gone, already the year before's.
			y--
		}
	case "this":
		y = refY
	default:
		if !p.whole && !bareCue[p.tok(i-1).text] && !p.monthModifier(i, j) && !p.possessiveMonth(i, j) && !p.listedMonth(i) && !p.figureMonth(i, j) && !p.longFigureMonth(i, j) && !p.wholeMonth(i, j) && !p.afterBoth(i) {
			return match{}, false
		}
		v, _ := p.yearless(i, func(y int) (Value, bool) { return monthValue(y, m), true })
		if b := monthValue(refY-1, m); p.tense == TenseFuture && !p.whole && (p.figureMonth(i, j) || p.longFigureMonth(i, j)) {
			if c := monthValue(refY, m); p.figureMonthJustReported(c) {
				v = c
			} else if p.figureMonthJustReported(b) {
				v = b
			}
		}
		y = v.Start.Year()
	}
	if ay, an, ok := p.anchorYearAt(j); ok && det == "" {
		return match{n: j + an - i, v: monthValue(ay, m), explicit: p.anchorExplicit}, true
	}
	switch {
	case p.is(j, "after") && p.is(j+1, "next"):
		if det == "" {
			y = refY
			if m <= refM {
				y++
			}
		}
		y, j = y+1, j+2
	case p.is(j, "of") && p.is(j+1, "next", "last", "this") && p.is(j+2, "year"),
		p.is(j, "next", "last", "this") && p.is(j+1, "year"):
		k := j
		if p.is(k, "of") {
			k++
		}
		y = refY + map[string]int{"next": 1, "last": -1, "this": 0}[p.tok(k).text]
		j = k + 2
	case p.is(j, "in"):
		if k, kn := p.count(j + 1); kn > 0 && p.is(j+1+kn, "year", "years") {
			if det == "" {
				y = refY
				if m <= refM {
					y++
				}
			}
			y, j = y+k, j+1+kn+1
		}
	}
	return match{n: j - i, v: monthValue(y, m)}, true
}

// monthModifier reports whether the month name at i (ending before j)
// modifies a noun after an article or possessive, as news dates a deal or
// a figure: "under a June agreement", "its September sales", "the
// company's October report". "May" and "March" are left out (verbs and
// nouns too).
func (p *parser) monthModifier(i, j int) bool {
	if p.is(i, "may", "march", "mar") || j != i+1 || !(p.is(i-1, "a", "an", "its", "his", "her", "their", "our") || p.afterPossessive(i)) {
		return false
	}
	nx := p.tok(j)
	return isLetterWord(nx.text) && !nx.upper()
}

// yearCue are words before a bare number that make it a year and would
// not do so for a month: a determiner or possessive before a year used as a
// modifier ("its 1973 defeat", "a 2004 law", "that 1999 treaty",
// "fiscal 2012", "bonds due 2031", "into 2025"). News writes counts of a
// thousand and more with a comma ("its 2,000 employees").
var yearCue = setOf("a", "an", "its", "his", "her", "their", "our", "your", "my", "that", "this", "these", "those",
	"both", "into", "due", "fiscal", "calendar", "whose", "each", "every", "year", "model", "vintage", "class")

// afterPossessive reports whether token i follows a possessive "'s" or
// "s'" ("the bank's 2012 earnings").
func (p *parser) afterPossessive(i int) bool {
	return p.is(i-1, "s") && p.is(i-2, "'", "’") && p.glued(i-1) || p.is(i-1, "'", "’") && p.tok(i-2).text != "" && p.glued(i-1) && p.tok(i - 2).text[len(p.tok(i-2).text)-1] == 's'
}

// ruleYear reads a year: "in 2019", "2014 A.D.". In running text a bare
// number is a year only after a cue ("in", "since", "the", ...).
func ruleYear(p *parser, i int) (match, bool) {
	if y, n := p.decade(i); n > 0 && (p.whole || bareCue[p.tok(i-1).text]) {
		return match{n: n, v: decadeValue(y), explicit: true}, true
	}
	if y, n := p.spokenYear(i); n > 0 && (p.whole || bareCue[p.tok(i-1).text] || yearCue[p.tok(i-1).text]) {
		return match{n: n, v: yearValue(y), explicit: true}, true
	}
	y, n := p.year(i)
	if n == 0 {
		return match{}, false
	}
	if !p.whole && n == 1 {
		// A number outside modern history is a count: "1080 pixels".
		if y < 1800 || y > 2100 {
			return match{}, false
		}
		prev := p.tok(i - 1).text
		// "served 2019–2021": two years joined by a dash are a range of years.
		yearRange := p.is(i+1, "-", "–") && p.glued(i+1) && p.glued(i+2) && p.tok(i+2).digits == 4
		if !bareCue[prev] && !yearCue[prev] && !p.afterPossessive(i) && !yearRange && !p.adjectiveYear(i) && !p.listedYear(i) && !foundingCue[prev] && !p.figureYear(i, y) && !p.possessiveYear(i, y) && !p.afterBoth(i) {
			return match{}, false
		}
		// "2019-2021" is a range of years; "555-1234" is a phone number.
		if (prev == "-" || prev == "–") && p.tok(i-2).digits != 4 {
			return match{}, false
		}
	}
	return match{n: n, v: yearValue(y), explicit: true}, true
}

// adjectiveYear reports whether the number at i follows a possessive or
// determiner and one adjective and comes before a noun, as news dates an
// event it names: "his unsuccessful 1996 campaign", "its disputed 2000
// count". The adjective must not be a count word ("their remaining 1500
// troops"), and the next word must be a lower-case word.
func (p *parser) adjectiveYear(i int) bool {
	adj := p.tok(i - 1)
	if !isLetterWord(adj.text) || adj.upper() || countWords[adj.text] || !p.is(i-2, "his", "her", "its", "their", "our", "a", "an", "the") {
		return false
	}
	nx := p.tok(i + 1)
	return isLetterWord(nx.text) && !nx.upper() && !countWords[nx.text]
}

// countWords come before or after a number that counts.
var countWords = setOf("remaining", "additional", "extra", "other", "more", "some", "about", "nearly", "almost", "over", "under", "only", "just", "estimated", "total", "another", "first", "last", "next", "previous",
	"people", "troops", "soldiers", "workers", "employees", "shares", "members", "votes", "tons", "acres", "miles", "feet", "meters", "pounds", "dollars", "cases", "units", "cars", "homes", "jobs", "points")

// spokenYear reads a year in words, as broadcast transcripts write it:
// "nineteen ninety-one", "nineteen eighty", "nineteen hundred", "nineteen
// oh five", "two thousand", "two thousand and one".
func (p *parser) spokenYear(i int) (int, int) {
	if p.is(i, "two") && p.is(i+1, "thousand") {
		j := i + 2
		if p.is(j, "and") {
			j++
		}
		if k, kn := p.spokenUnder100(j); kn > 0 {
			return 2000 + k, j + kn - i
		}
		return 2000, 2
	}
	c := lex.cardinal[p.tok(i).text]
	if c < 11 || c > 19 || p.tok(i).isNum() {
		return 0, 0
	}
	switch {
	case p.is(i+1, "hundred"):
		return 100 * c, 2
	case p.is(i+1, "oh"):
		if k := lex.cardinal[p.tok(i+2).text]; k >= 1 && k <= 9 {
			return 100*c + k, 3
		}
		return 0, 0
	}
	if k, kn := p.spokenUnder100(i + 1); kn > 0 && k >= 10 {
		return 100*c + k, 1 + kn
	}
	return 0, 0
}

// spokenUnder100 reads a number under a hundred in words: "ninety-one",
// "ninety one", "eighty", "twelve".
func (p *parser) spokenUnder100(i int) (int, int) {
	if t := lex.tens[p.tok(i).text]; t > 0 {
		j := i + 1
		if p.is(j, "-") && p.glued(j) {
			j++
		}
		if k := lex.cardinal[p.tok(j).text]; k >= 1 && k <= 9 && !p.tok(j).isNum() && !p.is(j, "a", "an") {
			return t + k, j + 1 - i
		}
		return t, 1
	}
	if k := lex.cardinal[p.tok(i).text]; k >= 1 && k <= 19 && !p.tok(i).isNum() && !p.is(i, "a", "an") {
		return k, 1
	}
	return 0, 0
}

// decade reads "the 1990s", "2020s": the first year of the decade.
func (p *parser) decade(i int) (int, int) {
	t := p.tok(i)
	if t.digits != 4 || t.num%10 != 0 || !p.is(i+1, "s") || !p.glued(i+1) || p.tok(i+2).text != "" && p.glued(i+2) && isLetterWord(p.tok(i+2).text) {
		return 0, 0
	}
	return t.num, 2
}

func decadeValue(y int) Value {
	return Value{Start: date(y, 1, 1), End: date(y+9, 12, 31), Grain: GrainYear}
}

// ruleNumeric reads dates written in figures: 2024-07-22, 2015-3-3,
// 10/31/1974, 10.31.1974, 3/3/15, 31/10/1974, 2/2013, and — as a whole
// phrase or after "on" — 2/15.
func ruleNumeric(p *parser, i int) (match, bool) {
	a := p.tok(i)
	if !a.isNum() || a.ord {
		return match{}, false
	}
	sep := p.tok(i + 1).text
	if sep != "/" && sep != "-" && sep != "." {
		return match{}, false
	}
	tight := p.glued(i+1) && p.glued(i+2)
	b := p.tok(i + 2)
	if !b.isNum() || b.ord || (!tight && !p.whole) {
		return match{}, false
	}
	var c token
	n := 3
	if p.is(i+3, sep) && p.tok(i+4).isNum() && (p.glued(i+3) && p.glued(i+4) || p.whole) {
		c, n = p.tok(i+4), 5
	}
	// Not part of a longer run of numbers: "1/2/3/4", "1.2.3.4".
	if nx := p.tok(i + n); p.glued(i+n) && (nx.text == sep || nx.text == "%") {
		return match{}, false
	}
	if n == 5 {
		var y, mo, d int
		switch {
		case a.digits == 4:
			y, mo, d = a.num, b.num, c.num
		case c.digits == 4 || (c.digits == 2 && (sep != "." || p.whole)):
			y = c.num
			if c.digits == 2 {
				y = twoDigitYear(c.num)
			}
			mo, d = a.num, b.num // American order, as US news writes it
			if a.num > 12 && b.num <= 12 {
				mo, d = b.num, a.num
			}
		default:
			return match{}, false
		}
		if a.digits > 2 && a.digits != 4 || b.digits > 2 || !validDate(y, time.Month(mo), d) {
			return match{}, false
		}
		return match{n: n, v: dayValue(date(y, time.Month(mo), d)), explicit: true}, true
	}
	switch {
	case a.digits == 4 && b.digits <= 2 && b.num >= 1 && b.num <= 12 && sep != "." && p.whole:
		return match{n: 3, v: monthValue(a.num, time.Month(b.num)), explicit: true}, true // 2014-10
	case a.digits <= 2 && b.digits == 4 && a.num >= 1 && a.num <= 12 && sep == "/":
		return match{n: 3, v: monthValue(b.num, time.Month(a.num)), explicit: true}, true // 2/2013
	case a.digits <= 2 && b.digits <= 2 && sep != "." && (p.whole || p.is(i-1, "on")):
		m, d := time.Month(a.num), b.num
		v, ok := p.yearless(i, func(y int) (Value, bool) { return dayValue(date(y, m, d)), validDate(y, m, d) })
		return match{n: 3, v: v}, ok
	}
	return match{}, false
}

// ruleDayOfMonth reads "the 15th" or "on the first": the next (or last, by
// tense) day of that number. In running text it needs "on the" and nothing
// after it that "the 15th" could count ("the 15th anniversary").
func ruleDayOfMonth(p *parser, i int) (match, bool) {
	if !p.is(i, "the") {
		return match{}, false
	}
	d, dn := p.ordinal(i + 1)
	if dn == 0 || d > 31 {
		return match{}, false
	}
	if !p.whole {
		if !p.is(i-1, "on") && !p.dayOfMonthCue(i-1) {
			return match{}, false
		}
		if nx := p.tok(i + 1 + dn); nx.text != "" && !nx.isNum() && lex.month[nx.text] == 0 && isLetterWord(nx.text) && !dayOfMonthNext[nx.text] {
			return match{}, false
		}
	}
	v, ok := p.nearestDayOfMonth(d, nil)
	return match{n: 1 + dn, v: v}, ok
}

// nearestDayOfMonth finds day d of the nearest month (by tense) whose day d
// passes keep, within two years of the reference day.
func (p *parser) nearestDayOfMonth(d int, keep func(time.Time) bool) (Value, bool) {
	var best time.Time
	found := false
	for k := -24; k <= 24; k++ {
		first := date(p.ref.Year(), p.ref.Month()+time.Month(k), 1)
		if !validDate(first.Year(), first.Month(), d) {
			continue
		}
		t := date(first.Year(), first.Month(), d)
		if p.tense == TensePast && t.After(p.ref) || p.tense == TenseFuture && t.Before(p.ref) || keep != nil && !keep(t) {
			continue
		}
		if !found || absDays(t, p.ref) < absDays(best, p.ref) {
			best, found = t, true
		}
	}
	return dayValue(best), found
}

func absDays(a, b time.Time) int {
	d := int(a.Sub(b).Hours() / 24)
	if d < 0 {
		return -d
	}
	return d
}

func isLetterWord(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}
