package timex

import (
	"strings"
	"time"
)

// ruleRelativeDay reads days named from today: "today", "tonight",
// "yesterday", "tomorrow", "the day after tomorrow", "the day before
// yesterday", "this morning", "last night".
func ruleRelativeDay(p *parser, i int) (match, bool) {
	day := func(n, off int) (match, bool) {
		return match{n: n, v: dayValue(p.ref.AddDate(0, 0, off))}, true
	}
	switch {
	case p.is(i, "today", "tonight"):
		return day(1, 0)
	case p.is(i, "yesterday"):
		return day(1, -1)
	case p.is(i, "tomorrow", "tomorrows"):
		return day(1, 1)
	case p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "after") && p.is(i+3, "tomorrow"):
		return day(4, 2)
	case p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "before") && p.is(i+3, "yesterday"):
		return day(4, -2)
	case p.is(i, "this") && p.is(i+1, "morning", "afternoon", "evening"):
		return day(2, 0)
	case p.is(i, "last") && p.is(i+1, "night"):
		return day(2, -1)
	case p.is(i, "earlier", "later") && p.is(i+1, "today"):
		return day(2, 0)
	case p.whole && p.is(i, "at") && p.is(i+1, "this") && p.is(i+2, "time"):
		return day(3, 0)
	}
	return match{}, false
}

// periodOffset reads a word that moves a period: this (0), last (-1), next (+1).
func periodOffset(w string) (int, bool) {
	switch w {
	case "this", "current":
		return 0, true
	case "last", "past", "previous", "recent":
		return -1, true
	case "next", "coming", "upcoming", "following":
		return 1, true
	}
	return 0, false
}

// anchored reports whether token i is "following" or "previous" after
// "the" and the sentence named a date before it: those words count from
// that date.
func (p *parser) anchored(i int) bool {
	return !p.anchor.Start.IsZero() && (p.is(i, "following", "previous") || p.priorWord(i)) && p.is(i-1, "the")
}

// ruleThatPeriod reads "that year", "later that year", "earlier that
// month", "the same year" after a date the sentence named: that date's
// year or month. With no date before them they are left alone.
func ruleThatPeriod(p *parser, i int) (match, bool) {
	if p.anchor.Start.IsZero() {
		return match{}, false
	}
	j, mod := i, ModNone
	switch {
	case p.is(j, "later"):
		mod, j = ModLater, j+1
	case p.is(j, "earlier"):
		mod, j = ModEarlier, j+1
	}
	oneDay := p.anchor.Start.Equal(p.anchor.End) && p.anchor.Grain == GrainDay
	switch {
	case p.is(j, "that"):
		j++
	case p.is(j, "the") && p.is(j+1, "same"):
		j += 2
	case mod == ModNone && oneDay && p.is(j, "the") && p.is(j+1, "day") && p.is(j-1, ",") && p.anchorNext == j-1 && !p.is(j+2, "-"):
		// "on Oct. 12, the day before the crash": the day just named.
		return match{n: 2, v: dayValue(p.anchor.Start), explicit: p.anchorExplicit}, true
	default:
		return match{}, false
	}
	u, un := p.unit(j)
	if un == 0 || u != "year" && u != "month" && u != "week" && !(u == "day" && oneDay) || p.is(j, "years", "months", "weeks", "days") || p.is(j+1, "-") && p.glued(j+1) {
		return match{}, false // "said that year-end bonuses", "that month-long strike"
	}
	if u == "day" {
		// "that day", "later the same day" after a day the sentence named.
		v := dayValue(p.anchor.Start)
		if mod != ModNone {
			v = within(v, mod, v)
		}
		return match{n: j + 1 - i, v: v, explicit: p.anchorExplicit}, true
	}
	if (u == "week" || u == "month") && !p.anchorFits(u) {
		return match{}, false // "in 1995 ... that month" names no month (stop 38)
	}
	v, _ := unitValue(p.anchor.Start, u, 0)
	if mod != ModNone {
		v = within(v, mod, v)
	}
	return match{n: j + 1 - i, v: v, explicit: p.anchorExplicit}, true
}

// unitValue is the calendar unit u holding t, moved by off units.
func unitValue(t time.Time, u string, off int) (Value, bool) {
	switch u {
	case "week":
		return weekValue(t.AddDate(0, 0, 7*off)), true
	case "month":
		s := date(t.Year(), t.Month()+time.Month(off), 1)
		return monthValue(s.Year(), s.Month()), true
	case "quarter":
		q := (int(t.Month())-1)/3 + off
		y := t.Year() + floorDiv(q, 4)
		return quarterValue(y, q-4*floorDiv(q, 4)+1), true
	case "year":
		return yearValue(t.Year() + off), true
	}
	return Value{}, false
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// periodAt reads "this week", "the following month", "last year", "next
// quarter", "around next week" and gives the period.
func (p *parser) periodAt(i int) (Value, int, bool) {
	j := i
	if p.is(j, "around") {
		j++
	}
	if p.is(j, "the") {
		j++
	}
	off, ok := periodOffset(p.tok(j).text)
	if !ok && p.is(j, "latest") && p.is(j-1, "the") {
		// "the latest quarter", "the latest fiscal year": the last one a
		// company has reported, so the one before the current one.
		off, ok = -1, true
	}
	if !ok && p.priorWord(j) {
		off, ok = -1, true // "the preceding month", "the prior year" (stop 38b)
	}
	if !ok {
		return Value{}, 0, false
	}
	// "the current fiscal year", "last fiscal year": news names a company's
	// or a government's year by the calendar year it mostly covers.
	if p.is(j+1, "fiscal") && p.is(j+2, "year", "quarter") {
		j++
	}
	u, un := p.unit(j + 1)
	if un == 0 && p.is(j, "latest") && p.is(j+1, "period") && !p.is(j+2, "of") {
		u, un = "quarter", 1 // "sales in the latest period": the quarter last reported
	}
	if un == 0 {
		return Value{}, 0, false
	}
	if p.anchored(j) && (u == "year" || u == "month" || u == "week") && !p.is(j+1, "years", "months", "weeks") {
		// "He retired in 1988 and died the following year": the year
		// after the one the sentence named, not after today's. A date
		// coarser than the unit leaves it open ("in 1995 ... the following
		// month"; anchorFits).
		if !p.anchorFits(u) {
			return Value{}, 0, false
		}
		v, ok := unitValue(p.anchor.Start, u, off)
		return v, j + 2 - i, ok
	}
	if u == "hour" {
		if off == 0 || !p.is(j+1, "hours") {
			return Value{}, 0, false
		}
		// "in the coming hours", "over the past hours": today and the day next to it.
		return rangeValue(p.ref, p.ref.AddDate(0, 0, off)), j + 2 - i, true
	}
	if w := p.tok(j + 1).text; off != 0 && w[len(w)-1] == 's' && u != "fortnight" {
		// "the coming weeks", "the past months": a few of them, taken as three.
		a, _ := unitValue(p.ref, u, off)
		b, _ := unitValue(p.ref, u, 3*off)
		if off < 0 {
			a, b = b, a
		}
		if u == "day" {
			a, b = dayValue(p.ref.AddDate(0, 0, min(off, 3*off))), dayValue(p.ref.AddDate(0, 0, max(off, 3*off)))
			return rangeValue(a.Start, b.End), j + 2 - i, true
		}
		return Value{Start: a.Start, End: b.End, Grain: a.Grain}, j + 2 - i, true
	}
	if off < 0 && u == "week" && p.is(j-1, "the") && p.is(j, "past", "last") && p.is(j+1, "week") {
		// "for the past week", "in the last week": the seven days up to
		// today, not the calendar week before; as one week, the one that
		// holds most of those days.
		return weekValue(p.ref.AddDate(0, 0, -3)), j + 2 - i, true
	}
	v, ok := unitValue(p.ref, u, off)
	return v, j + 2 - i, ok
}

// ruleRelativePeriod reads a week, month, quarter or year named from
// today — "this week", "last month", "next year", "the following week" —
// and the parts of them news names: "earlier this week", "later this month".
func ruleRelativePeriod(p *parser, i int) (match, bool) {
	if p.is(i, "earlier", "later") {
		j := i + 1
		var v Value
		var n int
		switch {
		case p.is(j, "this"):
			u, un := p.unit(j + 1)
			if un == 0 {
				return match{}, false
			}
			v, _ = unitValue(p.ref, u, 0)
			n = 3
		case p.is(j, "in") && p.is(j+1, "the"):
			u, un := p.unit(j + 2)
			if un == 0 {
				return match{}, false
			}
			v, _ = unitValue(p.ref, u, 0)
			n = 4
		default:
			return match{}, false
		}
		if v.Grain == "" {
			return match{}, false
		}
		if p.is(i, "earlier") {
			return match{n: n, v: within(rangeValue(v.Start, maxTime(v.Start, p.ref)), ModEarlier, v)}, true
		}
		return match{n: n, v: within(rangeValue(minTime(p.ref, v.End), v.End), ModLater, v)}, true
	}
	v, n, ok := p.periodAt(i)
	if !ok || p.tok(i).text == "around" && !p.whole {
		return match{}, false
	}
	return match{n: n, v: v}, true
}

func maxTime(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

func minTime(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}

// ruleWeekend reads "the weekend", "this weekend", "last weekend", "next
// weekend", "over the weekend": a Saturday and Sunday. Without last or next,
// the tense decides; with no tense, the weekend nearest the reference day.
func ruleWeekend(p *parser, i int) (match, bool) {
	j, det := i, ""
	if p.is(j, "this") && p.is(j+1, "past") {
		j++ // "this past weekend" is last weekend
	}
	if p.is(j, "over") && p.is(j+1, "the") {
		j += 2
	} else if p.is(j, "the", "this", "last", "next", "past", "coming") {
		det, j = p.tok(j).text, j+1
	}
	if !p.is(j, "weekend") {
		return match{}, false
	}
	// A bare "weekend" or "the weekend" with no preposition before it is
	// usually a modifier: "weekend talks", "the weekend rally".
	if !p.whole && (det == "" && j == i || det == "the" && !weekendCue[p.tok(i-1).text]) {
		return match{}, false
	}
	ref := p.ref
	wd := ref.Weekday()
	thisSat := ref.AddDate(0, 0, (int(time.Saturday)-int(wd)+7)%7) // coming Saturday, today if Saturday
	if wd == time.Sunday {
		thisSat = ref.AddDate(0, 0, -1)
	}
	lastSat := thisSat.AddDate(0, 0, -7)
	var sat time.Time
	switch det {
	case "last", "past":
		sat = lastSat
		if wd == time.Saturday || wd == time.Sunday {
			sat = thisSat.AddDate(0, 0, -7)
		}
	case "next", "coming":
		sat = thisSat
		if wd == time.Saturday || wd == time.Sunday {
			sat = thisSat.AddDate(0, 0, 7)
		}
	default:
		switch {
		case wd == time.Saturday || wd == time.Sunday:
			sat = thisSat
		case p.tense == TensePast:
			sat = lastSat
		case p.tense == TenseFuture || det == "this":
			sat = thisSat
		case wd <= time.Wednesday:
			sat = lastSat
		default:
			sat = thisSat
		}
	}
	return match{n: j + 1 - i, v: rangeValue(sat, sat.AddDate(0, 0, 1))}, true
}

var withinWords = setOf("time", "times", "first", "only", "once", "twice", "most", "least", "high", "low", "record")

var weekendCue = setOf("at", "over", "during", "on", "by", "until", "till", "through", "for", "before", "after", "from", "since", "throughout", "across")

// ruleWeekday reads a weekday: "on Saturday" (by tense), "this Monday",
// "next Friday" (the Friday of next week), "last Monday", "Wednesday of
// next week", "Friday after next", "last week's Sunday", "Tuesday the 19th".
func ruleWeekday(p *parser, i int) (match, bool) {
	if m, ok := p.anchoredWeekday(i); ok {
		return m, true
	}
	j, det := i, ""
	if p.is(j, "this") && p.is(j+1, "past", "coming") {
		j++ // "this past Monday" is last Monday, "this coming Friday" the next Friday
	}
	if p.is(j, "this", "next", "last", "coming", "upcoming", "past", "previous") {
		// "last week's Sunday"
		if p.is(j+1, "week") && p.is(j+2, "'", "’") && p.is(j+3, "s") {
			off, _ := periodOffset(p.tok(j).text)
			if wd, wn, _, _ := p.weekday(j + 4); wn > 0 {
				return match{n: 4 + wn, v: dayValue(weekdayIn(p.ref.AddDate(0, 0, 7*off), wd))}, true
			}
			return match{}, false
		}
		det, j = p.tok(j).text, j+1
	}
	wd, wn, abbr, plural := p.weekday(j)
	if wn == 0 || plural {
		return match{}, false
	}
	j += wn
	ref := p.ref
	// "Tuesday the 19th", "Thu 15th": the nearest month where that day is that weekday.
	if det == "" {
		k := j
		if p.is(k, "the") {
			k++
		}
		if d, dn := p.dayNum(k); dn > 0 && (p.tok(k).ord || k > j) {
			v, ok := p.nearestDayOfMonth(d, func(t time.Time) bool { return t.Weekday() == wd })
			return match{n: k + dn - i, v: v}, ok
		}
	}
	// "Wednesday of next week", "Monday this week", "Sunday from last week".
	k := j
	if p.is(k, "of", "from", "in") {
		k++
	}
	if p.is(k, "the") {
		k++
	}
	if off, ok := periodOffset(p.tok(k).text); ok && p.is(k+1, "week") && det == "" {
		return match{n: k + 2 - i, v: dayValue(weekdayIn(ref.AddDate(0, 0, 7*off), wd))}, true
	}
	if p.is(j, "after") && p.is(j+1, "next") && det == "" {
		return match{n: j + 2 - i, v: dayValue(nextWeekday(nextWeekday(ref, wd), wd))}, true
	}
	var t time.Time
	switch det {
	case "":
		if abbr && !p.whole {
			return match{}, false // "Sun", "Sat", "Wed" alone are words
		}
		tense := p.tense
		if p.untilAhead(i) || tense != TensePast && p.presentAhead(i, j) {
			tense = TenseFuture
		}
		if tense != TensePast && !p.deferredTo(i) && p.saidDay(i, j) {
			tense = TensePast
		}
		if tense == TenseUnknown && p.quotedDay(i, j) {
			tense = TensePast
		}
		if p.eventDay(i, j) {
			tense = TensePast
		} else if p.aheadOfDay(i) || tense != TensePast && p.closedAhead(i) {
			tense = TenseFuture
		}
		t = resolveWeekday(ref, wd, tense)
	case "this":
		t = weekdayIn(ref, wd)
		if p.tense == TenseFuture && t.Before(ref) {
			t = nextWeekday(ref, wd)
		} else if p.tense == TensePast && t.After(ref) {
			t = prevWeekday(ref, wd)
		}
	case "next":
		t = weekdayIn(ref.AddDate(0, 0, 7), wd)
	case "coming", "upcoming":
		t = nextWeekday(ref, wd)
	default:
		t = prevWeekday(ref, wd)
	}
	return match{n: j - i, v: dayValue(t)}, true
}

// untilAhead reports whether a bare weekday at token i closes "until" or
// "till" in a sentence with no firm past form: the day a state lasts up to,
// which lies ahead while the state is told in the present, the perfect or
// the future ("has kept the markets closed until Friday", "remain closed
// until Friday"). A firm past ("was closed until Friday", "Until Thursday,
// they had not called him a suspect") leaves the weekday to the tense.
// Perfects ("has", "have") and regular -ed forms ("continued", "closed",
// "postponed") are no firm past: they tell a state that still holds.
func (p *parser) untilAhead(i int) bool {
	if !p.is(i-1, "until", "till") {
		return false
	}
	for _, t := range p.toks {
		if c, ok := tenseCues[t.text]; ok && !c.future && c.weight >= 2 {
			return false
		}
	}
	return true
}

// ruleCountedWeekday reads "3 Fridays from now", "two Thursdays ago".
func ruleCountedWeekday(p *parser, i int) (match, bool) {
	k, kn := p.count(i)
	if kn == 0 || k < 1 || k > 52 {
		return match{}, false
	}
	wd, wn, _, plural := p.weekday(i + kn)
	if wn == 0 || !plural && k != 1 {
		return match{}, false
	}
	j := i + kn + wn
	t := p.ref
	switch {
	case p.is(j, "from") && p.is(j+1, "now", "today"), p.is(j, "hence"):
		for range k {
			t = nextWeekday(t, wd)
		}
	case p.is(j, "ago", "back"):
		for range k {
			t = prevWeekday(t, wd)
		}
	default:
		return match{}, false
	}
	if p.is(j, "from") {
		j++
	}
	return match{n: j + 1 - i, v: dayValue(t)}, true
}

// shift moves the reference day by k units and keeps the precision one
// step finer than the unit counted: "three weeks ago" and "three months ago"
// are days, "two years ago" is a month (a writer counting years back does
// not mean the very day); counting "from today" keeps the day.
func (p *parser) shift(u string, k int, keepDay bool) Value {
	switch u {
	case "hour":
		return dayValue(p.ref.AddDate(0, 0, k/24)) // "two hours ago" is today
	case "day":
		return dayValue(p.ref.AddDate(0, 0, k))
	case "week":
		return dayValue(p.ref.AddDate(0, 0, 7*k))
	case "fortnight":
		return dayValue(p.ref.AddDate(0, 0, 14*k))
	}
	if keepDay || u != "year" {
		switch u {
		case "month":
			return dayValue(p.ref.AddDate(0, k, 0))
		case "quarter":
			return dayValue(p.ref.AddDate(0, 3*k, 0))
		case "year":
			return dayValue(p.ref.AddDate(k, 0, 0))
		}
	}
	s := p.ref.AddDate(k, 0, 0)
	return monthValue(s.Year(), s.Month())
}

// ruleCountAgo reads "two days ago", "a week ago", "in three weeks",
// "3 years from today", "three weeks hence".
func ruleCountAgo(p *parser, i int) (match, bool) {
	j, in := i, false
	if p.is(j, "in", "within") {
		if p.is(j, "within") && !p.whole {
			return match{}, false
		}
		j, in = j+1, true
	}
	k, kn := p.count(j)
	if kn == 0 || k > 400 {
		return match{}, false
	}
	u, un := p.unit(j + kn)
	if un == 0 {
		return match{}, false
	}
	// "50 cigarettes in a day", "52 weeks in a year": a rate, not a date.
	if in && !p.whole && p.is(j, "a", "an", "one") {
		for b := i - 3; b < i; b++ {
			if p.tok(b).isNum() || lex.cardinal[p.tok(b).text] > 1 {
				return match{}, false
			}
		}
	}
	// "the second time in two weeks", "the highest in three years": a
	// stretch up to now, not a day ahead.
	if in && !p.whole {
		for b := i - 4; b < i; b++ {
			if w := p.tok(b).text; withinWords[w] || len(w) > 4 && strings.HasSuffix(w, "est") {
				return match{}, false
			}
		}
		if p.stretchBack(i) {
			return match{}, false
		}
	}
	j += kn + un
	if in {
		return match{n: j - i, v: p.counted(u, k)}, true
	}
	if k == 1 && u == "year" && p.is(j, "earlier") {
		if v, ok := p.yearBeforePeriodEnd(); ok {
			return match{n: j + 1 - i, v: v, explicit: p.anchorExplicit}, true
		}
	}
	if k == 1 && p.is(j, "earlier") && !p.whole {
		if v, ok := p.unitBeforeNamed(u); ok {
			return match{n: j + 1 - i, v: v, explicit: true}, true
		}
	}
	switch {
	case p.is(j, "ago"), p.is(j, "back") && p.whole:
		return match{n: j + 1 - i, v: p.counted(u, -k)}, true
	case p.is(j, "earlier") && k == 1 && u == "year":
		// "up 15% from a year earlier": business news compares with the
		// same time of the year before, which TimeML names as that year.
		return match{n: j + 1 - i, v: p.counted(u, -k)}, true
	case p.is(j, "hence"):
		return match{n: j + 1 - i, v: p.counted(u, k)}, true
	case p.is(j, "from") && p.is(j+1, "now", "today"):
		return match{n: j + 2 - i, v: p.shift(u, k, true)}, true
	}
	return match{}, false
}

// counted is the day k units from the reference day (shift), kept as a
// part of the calendar unit it falls in: "three weeks ago" names that week,
// "two years ago" that year, not the very day.
func (p *parser) counted(u string, k int) Value {
	v := p.shift(u, k, false)
	switch u {
	case "week", "month", "quarter", "year":
		of, _ := unitValue(v.Start, u, 0)
		return within(v, ModApprox, of)
	}
	return v
}

// ruleYearEarlier reads the adjectives "year-earlier" and "year-ago" ("the
// year-earlier period", "year-ago results"): the year before the reference
// day's, as business news uses them.
func ruleYearEarlier(p *parser, i int) (match, bool) {
	if !p.is(i, "year") || !p.is(i+1, "-") || !p.glued(i+1) || !p.glued(i+2) || !p.is(i+2, "earlier", "ago") {
		return match{}, false
	}
	if pr := p.tok(i - 1); p.glued(i) && pr.text == "-" {
		return match{}, false // "a 10-year-earlier", "two-year-ago"
	}
	return match{n: 3, v: yearValue(p.ref.Year() - 1)}, true
}

// ruleSpan reads counted spans next to today: "the last two days", "the
// past 2 weeks", "the next three months", "the next few days", "the
// upcoming two weeks". Days leave today out; weeks, months and years are
// whole calendar units before or after the current one.
func ruleSpan(p *parser, i int) (match, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	off, ok := periodOffset(p.tok(j).text)
	if !ok || off == 0 {
		return match{}, false
	}
	k, kn := p.count(j + 1)
	if kn == 0 || k < 1 || k > 400 || p.is(j+1, "a", "an") {
		return match{}, false
	}
	u, un := p.unit(j + 1 + kn)
	if un == 0 {
		return match{}, false
	}
	n := j + 1 + kn + un - i
	if u == "hour" {
		// "the past 24 hours": the days they touch, today included.
		d := (k + 23) / 24
		if off < 0 {
			return match{n: n, v: rangeValue(p.ref.AddDate(0, 0, -d), p.ref)}, true
		}
		return match{n: n, v: rangeValue(p.ref, p.ref.AddDate(0, 0, d))}, true
	}
	if u == "day" {
		if off < 0 {
			return match{n: n, v: rangeValue(p.ref.AddDate(0, 0, -k), p.ref.AddDate(0, 0, -1))}, true
		}
		return match{n: n, v: rangeValue(p.ref.AddDate(0, 0, 1), p.ref.AddDate(0, 0, k))}, true
	}
	if u == "fortnight" {
		u, k = "week", 2*k
	}
	var a, b Value
	if off < 0 {
		a, _ = unitValue(p.ref, u, -k)
		b, _ = unitValue(p.ref, u, -1)
	} else {
		a, _ = unitValue(p.ref, u, 1)
		b, _ = unitValue(p.ref, u, k)
	}
	return match{n: n, v: Value{Start: a.Start, End: b.End, Grain: a.Grain}}, true
}

// ruleWholeWeek reads "all week" and "the rest of the week": the current
// week, and the days of it from today on.
func ruleWholeWeek(p *parser, i int) (match, bool) {
	if p.is(i, "all") && p.is(i+1, "week") {
		return match{n: 2, v: rangeValue(weekStart(p.ref), weekStart(p.ref).AddDate(0, 0, 6))}, true
	}
	j := i
	if p.is(j, "the") {
		j++
	}
	if p.is(j, "rest") && p.is(j+1, "of") && p.is(j+2, "the") {
		u, un := p.unit(j + 3)
		if un == 0 || u == "day" {
			return match{}, false
		}
		v, ok := unitValue(p.ref, u, 0)
		if !ok {
			return match{}, false
		}
		return match{n: j + 4 - i, v: rangeValue(p.ref, v.End)}, true
	}
	return match{}, false
}

// ruleTheYear reads a year written after "the year": "the year 2000",
// "the year two thousand".
func ruleTheYear(p *parser, i int) (match, bool) {
	if !p.is(i, "the") || !p.is(i+1, "year") {
		return match{}, false
	}
	if y, yn := p.year(i + 2); yn > 0 {
		return match{n: 2 + yn, v: yearValue(y), explicit: true}, true
	}
	if y, yn := p.spokenYear(i + 2); yn > 0 {
		return match{n: 2 + yn, v: yearValue(y), explicit: true}, true
	}
	return match{}, false
}

// firstMonthsOf reports whether "the year" at token i ends "the first nine
// months of", "the last two quarters of", "the final weeks of": business
// news reporting on the story's year ("most days of the year" is any year).
func (p *parser) firstMonthsOf(i int) bool {
	return p.is(i-1, "of") && p.is(i-2, "days", "weeks", "months", "quarters") &&
		(p.is(i-3, "first", "last", "final", "remaining", "closing", "opening") || p.is(i-4, "first", "last", "final", "remaining", "closing", "opening"))
}

// narrativeYear is the year "the year" at token i names after a part word
// ("the end of the year", "early in the year"): the story's year, or, when a
// past verb governs it and the sentence named before it a date of an
// earlier year, that date's year: a past story goes on in the year it has
// set ("the season started in early December and peaked by the end of the
// year", said in March). "Expects a profit by the end of the year" stays
// the story's year. Business news's "for the year" (ruleStoryYear) keeps the
// story's year: no sentence of the newswire sets needed it read otherwise.
func (p *parser) narrativeYear(i int) int {
	a := p.anchor
	if p.tense != TensePast || a.Start.IsZero() || a.Start.Year() != a.End.Year() || a.End.Year() >= p.ref.Year() {
		return p.ref.Year()
	}
	for i > 0 && yearFrame[p.tok(i-1).text] {
		i--
	}
	if !p.boundToPast(i) {
		return p.ref.Year()
	}
	return a.Start.Year()
}

// yearFrame are the words between a verb and the year it governs: "peaked
// by the end of the year", "was settled before the close of the year".
var yearFrame = setOf("the", "of", "by", "before", "at", "in", "until", "through", "toward", "towards",
	"end", "close", "beginning", "start", "middle", "turn", "rest", "early", "late", "mid", "-")

// ruleStoryYear reads the year a story stands in, as business news names
// it without a number: "for the year", "the full year", "the fiscal year"
// (a company's year, named by the calendar year it mostly covers, as "the
// current fiscal year" is), "by year-end",
// "at year end" (that year's end). "The year" with what dates it otherwise
// ("the year before", "the year 2000", "the year's") is left alone, and so
// is "the year" after "of", "in" or "per" ("the end of the year" is read
// whole; "twice in the year" is any year).
func ruleStoryYear(p *parser, i int) (match, bool) {
	if p.whole {
		return match{}, false
	}
	y := yearValue(p.ref.Year())
	if p.is(i, "year") {
		k := i + 1
		if p.is(k, "-") && p.glued(k) {
			k++
		}
		if p.is(k, "end") && !p.is(k+1, "of") {
			return match{n: k + 1 - i, v: within(y, ModEnd, y)}, true
		}
		return match{}, false
	}
	if !p.is(i, "the") {
		return match{}, false
	}
	j := i + 1
	if p.is(j, "full", "whole", "entire", "fiscal") {
		j++
	}
	if !p.is(j, "year") || p.tok(j+1).isNum() || p.is(j+1, "before", "earlier", "later", "after", "ago", "of", "when", "that", "which", "beginning", "starting", "-", "'", "’") && !p.highOfYear(i) {
		return match{}, false
	}
	if p.is(i-1, "of", "in", "per", "a") && j == i+1 && !p.firstMonthsOf(i) {
		return match{}, false
	}
	return match{n: j + 1 - i, v: y}, true
}
