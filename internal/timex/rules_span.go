package timex

import "time"

// quarterYear picks the year of a quarter named without one: this year's,
// unless the tense points past it.
func (p *parser) quarterYear(q int) int {
	cur := (int(p.ref.Month())-1)/3 + 1
	switch {
	case p.tense == TensePast && q > cur:
		return p.ref.Year() - 1
	case p.tense == TenseFuture && q < cur || p.tense == TenseFuture && cur == 1 && q == 4:
		if y, ok := p.justReported(q); ok {
			return y
		}
		if q < cur {
			return p.ref.Year() + 1
		}
	}
	return p.ref.Year()
}

// ofYear reads what names the year of a quarter or half: "2018", "of
// 2018", ", 2018", "of the year", "of this year", "of next year", "next
// year". It gives the year and the tokens read; explicit when a number.
func (p *parser) ofYear(i int) (y, n int, explicit, ok bool) {
	j := i
	if p.is(j, "of", ",") {
		j++
	}
	if yy, yn := p.year(j); yn > 0 {
		return yy, j + yn - i, true, true
	}
	if p.is(j, "the") && p.is(j+1, "year") {
		return p.ref.Year(), j + 2 - i, false, true
	}
	if off, ok := periodOffset(p.tok(j).text); ok && p.is(j+1, "year") {
		return p.ref.Year() + off, j + 2 - i, false, true
	}
	return 0, 0, false, false
}

// ruleQuarter reads quarters: "Q3 2024", "2018Q4", "18q4", "the third
// quarter", "the 4th qtr of 2018", "the fourth quarter of next year".
func ruleQuarter(p *parser, i int) (match, bool) {
	t := p.tok(i)
	// 2018Q4, 18q4
	if t.isNum() && !t.ord && (t.digits == 4 || t.digits == 2) && p.is(i+1, "q") && p.glued(i+1) && p.glued(i+2) {
		if q := p.tok(i + 2); q.digits == 1 && q.num >= 1 && q.num <= 4 {
			y := t.num
			if t.digits == 2 {
				y = twoDigitYear(y)
			}
			return match{n: 3, v: quarterValue(y, q.num), explicit: true}, true
		}
	}
	// Q3 [2024]
	if p.is(i, "q") && p.glued(i+1) {
		q := p.tok(i + 1)
		if q.digits != 1 || q.num < 1 || q.num > 4 || !p.whole && !t.upper() {
			return match{}, false
		}
		if y, yn, explicit, ok := p.ofYear(i + 2); ok {
			return match{n: 2 + yn, v: quarterValue(y, q.num), explicit: explicit}, true
		}
		return match{n: 2, v: quarterValue(p.quarterYear(q.num), q.num)}, true
	}
	j := i
	if p.is(j, "the") {
		j++
		// "the quarter" alone, as business news writes it ("net income for
		// the quarter rose"), is the quarter last reported: the one before
		// the reference day's. Not "the quarter of a century", "the
		// quarter-point cut". "The quarter ended Sept. 30" is the calendar
		// quarter that day closes; "the quarter ended Jan. 31" is a
		// company's own and left to the date after it.
		if p.is(j, "quarter") && !p.is(j+1, "of", "-", "century", "mile", "hour", "point", "final", "finals", "through", "to") {
			if p.is(j+1, "ended", "ending", "ends") {
				d, ok := p.inner(j + 2)
				if !ok || d.v.Grain != GrainDay || d.v.Start.AddDate(0, 0, 1).Day() != 1 || d.v.Start.Month()%3 != 0 {
					return match{}, false
				}
				v, _ := unitValue(d.v.Start, "quarter", 0)
				return match{n: 2, v: v}, true
			}
			v, _ := unitValue(p.ref, "quarter", -1)
			return match{n: 2, v: v}, true
		}
	}
	q, qn := p.ordinal(j)
	if qn == 0 && j > i && p.is(j, "final", "last") && p.is(j+1, "quarter") {
		// "the final quarter of 2023", "the last quarter of last year": the
		// fourth, when a year follows ("the last quarter" alone is the one
		// before this one).
		if y, yn, explicit, ok := p.ofYear(j + 2); ok {
			return match{n: j + 2 + yn - i, v: quarterValue(y, 4), explicit: explicit}, true
		}
	}
	if qn == 0 || q < 1 || q > 4 {
		return match{}, false
	}
	j += qn
	if p.is(j, "-") && p.glued(j) && p.glued(j+1) {
		j++ // "third-quarter profit"
	}
	if p.is(j, "fiscal") && p.is(j+1, "quarter") {
		j++ // "the first fiscal quarter", as "the fiscal first quarter" is read
	}
	if u, _ := p.unit(j); u != "quarter" || p.is(j, "quarters", "qtrs") {
		return match{}, false
	}
	j++
	if y, yn, explicit, ok := p.ofYear(j); ok {
		return match{n: j + yn - i, v: quarterValue(y, q), explicit: explicit}, true
	}
	return match{n: j - i, v: quarterValue(p.quarterYear(q), q)}, true
}

// ruleHalf reads halves of a year: "the first half of 2024", "the second
// half of the year", "H1 2024".
func ruleHalf(p *parser, i int) (match, bool) {
	j, h := i, 0
	if p.is(j, "h") && p.glued(j+1) && p.is(j+1, "1", "2") && (p.whole || p.tok(j).upper()) {
		h, j = p.tok(j+1).num, j+2
	} else {
		if p.is(j, "the") {
			j++
		}
		k, kn := p.ordinal(j)
		if kn == 0 || k < 1 || k > 2 || !p.is(j+kn, "half") {
			return match{}, false
		}
		h, j = k, j+kn+1
	}
	y, yn, explicit, ok := p.ofYear(j)
	if !ok {
		if !p.whole {
			return match{}, false
		}
		y = p.ref.Year()
	}
	m := time.Month(6*(h-1) + 1)
	v := Value{Start: date(y, m, 1), End: date(y, m+6, 0), Grain: GrainMonth}
	return match{n: j + yn - i, v: v, explicit: explicit}, true
}

// part is a stretch of a period: its beginning, middle or end.
type part int

const (
	partEarly part = iota + 1
	partMid
	partLate
)

func partWord(w string) part {
	switch w {
	case "early", "beginning", "start":
		return partEarly
	case "mid", "middle":
		return partMid
	case "late", "end":
		return partLate
	}
	return 0
}

// partOf narrows a period to its early, middle or late part and keeps the
// period itself as the value's Of.
func partOf(v Value, pt part) Value {
	mod := map[part]Mod{partEarly: ModStart, partMid: ModMid, partLate: ModEnd}[pt]
	return within(partDays(v, pt), mod, v)
}

// partDays narrows a month, week or year to its early, middle or late part:
// days 1-10, 11-20 and 21 on of a month; Monday-Wednesday, Tuesday-Thursday
// and Friday-Sunday of a week; January-March, April-August and
// September-December of a year.
func partDays(v Value, pt part) Value {
	s := v.Start
	switch v.Grain {
	case GrainMonth:
		switch pt {
		case partEarly:
			return rangeValue(s, s.AddDate(0, 0, 9))
		case partMid:
			return rangeValue(s.AddDate(0, 0, 10), s.AddDate(0, 0, 19))
		}
		return rangeValue(s.AddDate(0, 0, 20), v.End)
	case GrainWeek:
		switch pt {
		case partEarly:
			return rangeValue(s, s.AddDate(0, 0, 2))
		case partMid:
			return rangeValue(s.AddDate(0, 0, 1), s.AddDate(0, 0, 3))
		}
		return rangeValue(s.AddDate(0, 0, 4), v.End)
	case GrainYear:
		if v.End.Year() > s.Year() {
			// A decade: its first three years, the middle four, the last three.
			y := s.Year()
			switch pt {
			case partEarly:
				return Value{Start: date(y, 1, 1), End: date(y+2, 12, 31), Grain: GrainYear}
			case partMid:
				return Value{Start: date(y+3, 1, 1), End: date(y+6, 12, 31), Grain: GrainYear}
			}
			return Value{Start: date(y+7, 1, 1), End: v.End, Grain: GrainYear}
		}
		y := s.Year()
		switch pt {
		case partEarly:
			return Value{Start: date(y, 1, 1), End: date(y, 4, 0), Grain: GrainMonth}
		case partMid:
			return Value{Start: date(y, 4, 1), End: date(y, 9, 0), Grain: GrainMonth}
		}
		return Value{Start: date(y, 9, 1), End: date(y, 12, 31), Grain: GrainMonth}
	}
	return v
}

// partTarget reads the period a part word applies to: "March", "March
// 2024", "2024", "next year", "this week", "the month".
func (p *parser) partTarget(i int) (Value, int, bool, bool) {
	if m, ok := ruleMonthYear(p, i); ok {
		return m.v, m.n, true, true
	}
	if y, n := p.decade(i); n > 0 {
		return decadeValue(y), n, true, true
	}
	if m, ok := ruleMonth(p, i); ok && m.n > 1 {
		return m.v, m.n, false, true // "May last year", "next March"
	}
	if mo, mn := p.month(i); mn > 0 {
		v, ok := p.yearless(i, func(y int) (Value, bool) { return monthValue(y, mo), true })
		return v, mn, false, ok
	}
	if y, yn := p.year(i); yn > 0 {
		return yearValue(y), yn, true, true
	}
	if v, n, ok := p.periodAt(i); ok {
		return v, n, false, true
	}
	j := i
	if p.is(j, "the") {
		j++
	}
	if u, un := p.unit(j); un > 0 && !p.is(j, "days", "weeks", "months", "years") {
		if u == "year" {
			return yearValue(p.narrativeYear(i)), j + 1 - i, false, true
		}
		v, ok := unitValue(p.ref, u, 0)
		return v, j + 1 - i, false, ok
	}
	return Value{}, 0, false, false
}

// rulePart reads "early March", "mid-March", "late January", "early next
// year", "the end of the month", "at the beginning of 2017", "end of next
// week", and the clipped "EOM", "BOY", "EOY".
func rulePart(p *parser, i int) (match, bool) {
	j := i
	if p.is(j, "at") && p.is(j+1, "the") && p.whole {
		j++
	}
	if p.is(j, "the") {
		j++
	}
	switch p.tok(j).text {
	case "eom", "bom":
		if !p.whole && !p.tok(j).upper() {
			return match{}, false // "bom" is a word in other languages
		}
		v, _ := unitValue(p.ref, "month", 0)
		pt := partLate
		if p.is(j, "bom") {
			pt = partEarly
		}
		return match{n: j + 1 - i, v: partOf(v, pt)}, true
	case "eoy", "boy":
		if !p.whole && !p.tok(j).upper() {
			return match{}, false
		}
		pt := partLate
		if p.is(j, "boy") {
			pt = partEarly
		}
		return match{n: j + 1 - i, v: partOf(yearValue(p.ref.Year()), pt)}, true
	}
	pt := partWord(p.tok(j).text)
	if pt == 0 {
		return match{}, false
	}
	switch {
	case p.is(j, "early", "mid", "late"):
		j++
		if p.is(j, "-") {
			j++
		}
	case p.is(j, "end", "start") && p.is(j+1, "-") && p.glued(j+1) && p.glued(j+2):
		j += 2 // "by end-March", "from start-2025", as Reuters writes
	case p.is(j+1, "of"):
		j += 2
	default:
		return match{}, false
	}
	v, n, explicit, ok := p.partTarget(j)
	if !ok {
		return match{}, false
	}
	return match{n: j + n - i, v: partOf(v, pt), explicit: explicit}, true
}

// periodTarget reads the period an ordinal counts within: a month with or
// without a year, a year, "this month", "next month", "the month".
func (p *parser) periodTarget(i int) (Value, int, bool) {
	v, n, _, ok := p.partTarget(i)
	if !ok || (v.Grain != GrainMonth && v.Grain != GrainYear) {
		return Value{}, 0, false
	}
	return v, n, true
}

// ruleOrdinalOf reads days and weeks counted within a month or year: "the
// first Monday of March", "last Friday in October", "the third day of
// October", "the last day of October 2015", "the first week of October
// 2014", "the second last week of October 2018", "fifth last day of May".
func ruleOrdinalOf(p *parser, i int) (match, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	k, fromEnd := 1, false
	if p.is(j, "last") {
		fromEnd, j = true, j+1
	} else {
		kk, kn := p.ordinal(j)
		if kn == 0 {
			return match{}, false
		}
		k, j = kk, j+kn
		if p.is(j, "last") {
			fromEnd, j = true, j+1
		}
	}
	wd, wn, _, _ := p.weekday(j)
	kind := ""
	switch {
	case wn > 0:
		kind, j = "weekday", j+wn
	case p.is(j, "day"):
		kind, j = "day", j+1
	case p.is(j, "week"):
		kind, j = "week", j+1
	default:
		return match{}, false
	}
	if !p.is(j, "of", "in") {
		return match{}, false
	}
	per, n, ok := p.periodTarget(j + 1)
	if !ok {
		return match{}, false
	}
	explicit := per.Grain == GrainYear || p.tok(j+n).isNum()
	j += 1 + n
	var cands []Value
	for t := per.Start; !t.After(per.End); t = t.AddDate(0, 0, 1) {
		switch kind {
		case "day":
			cands = append(cands, dayValue(t))
		case "weekday":
			if t.Weekday() == wd {
				cands = append(cands, dayValue(t))
			}
		case "week":
			if t.Weekday() == time.Monday && !t.AddDate(0, 0, 6).After(per.End) {
				cands = append(cands, weekValue(t))
			}
		}
	}
	if k < 1 || k > len(cands) {
		return match{}, false
	}
	v := cands[k-1]
	if fromEnd {
		v = cands[len(cands)-k]
	}
	return match{n: j - i, v: v, explicit: explicit}, true
}

// ruleWeekOf reads "the week of March 3": the week holding that day.
func ruleWeekOf(p *parser, i int) (match, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	if !p.is(j, "week") || !p.is(j+1, "of") {
		return match{}, false
	}
	m, ok := p.inner(j + 2)
	if !ok || m.v.Grain != GrainDay {
		return match{}, false
	}
	// A week named by its Sunday is the week that Sunday opens, as in
	// American usage, where weeks start on Sunday.
	t := m.v.Start
	if t.Weekday() == time.Sunday {
		t = t.AddDate(0, 0, 1)
	}
	return match{n: j + 2 + m.n - i, v: weekValue(t), explicit: m.explicit}, true
}
