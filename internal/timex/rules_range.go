package timex

import "time"

// rangeWord reports whether token i joins the two ends of a range that
// starts at token start ("and" only after "between").
func (p *parser) rangeWord(i, start int) bool {
	return p.is(i, "-", "–", "—", "to", "through", "thru", "until", "till") ||
		p.is(i, "and") && p.is(start-1, "between")
}

// extendRange turns a match into a range when a second date follows a
// range word: "Thursday through Saturday", "July 30 to Aug. 1, 2024",
// "March to May", and, after a month and day, a bare day: "July 27-30",
// "August 27th - 29th".
func (p *parser) extendRange(i int, m match) (match, bool) {
	j := i + m.n
	if m.v.Grain == GrainYear && m.n == 1 {
		if y, ok := p.shortYearEnd(j, m.v.Start.Year()); ok {
			b := yearValue(y)
			return match{n: m.n + 2, v: Value{Start: m.v.Start, End: b.End, Grain: GrainYear}, explicit: true,
				ends: &[2]rangeEnd{{i, m.n, m.v, true}, {j + 1, 1, b, true}}}, true
		}
	}
	// "June 1st and 2nd": two days in a row after a month are a span too.
	nextDayAnd := m.endsInDay && p.is(j, "and") && p.tok(j+1).isNum()
	if !(p.rangeWord(j, i) || nextDayAnd) || m.v.Grain != GrainDay && m.v.Grain != GrainMonth && m.v.Grain != GrainYear && m.v.Grain != GrainRange {
		return match{}, false
	}
	daysLike := func(g Grain) bool { return g == GrainDay || g == GrainRange }
	if s, ok := p.inner(j + 1); ok && (s.v.Grain == m.v.Grain || daysLike(s.v.Grain) && daysLike(m.v.Grain)) {
		a, b := m.v, s.v
		if !s.explicit && !m.explicit {
			a, b, _ = p.pastMonthRange(i, j+1, a, b) // "fell from January to October" (stop 40)
		}
		if s.explicit && !m.explicit && a.Grain != GrainYear {
			// "July 30 to Aug. 1, 2024": the year written once is both ends'.
			a = moveToYear(a, b.Start.Year())
			if a.Start.After(b.Start) {
				a = moveToYear(a, b.Start.Year()-1)
			}
		}
		for tries := 0; b.End.Before(a.Start) && !s.explicit && tries < 2; tries++ {
			if a.Grain == GrainDay && a.Start.Sub(b.End) < 7*24*time.Hour {
				b = dayValue(b.Start.AddDate(0, 0, 7)) // "Friday to Monday"
			} else {
				b = moveToYear(b, b.Start.Year()+1) // "December to February"
			}
		}
		if b.End.Before(a.Start) {
			return match{}, false
		}
		v := Value{Start: a.Start, End: b.End, Grain: a.Grain}
		if daysLike(a.Grain) {
			v = rangeValue(a.Start, b.End)
		}
		return match{n: m.n + 1 + s.n, v: v, explicit: m.explicit || s.explicit,
			ends: &[2]rangeEnd{{i, m.n, a, m.explicit || s.explicit && a.Grain != GrainYear}, {j + 1, s.n, b, s.explicit}}}, true
	}
	if !m.endsInDay {
		return match{}, false
	}
	d, dn := p.dayNum(j + 1)
	a := m.v.Start
	if dn == 0 || d <= a.Day() || !validDate(a.Year(), a.Month(), d) {
		return match{}, false
	}
	if p.is(j, "and") && d != a.Day()+1 {
		return match{}, false // "June 1 and 3" are two days, not a span
	}
	k := j + 1 + dn
	explicit := m.explicit
	end := date(a.Year(), a.Month(), d)
	yk := k
	if p.is(yk, ",") {
		yk++
	}
	if y, yn := p.year(yk); yn > 0 && !explicit {
		a, end = date(y, a.Month(), a.Day()), date(y, a.Month(), d)
		k, explicit = yk+yn, true
	}
	return match{n: k - i, v: rangeValue(a, end), explicit: explicit,
		ends: &[2]rangeEnd{{i, m.n, dayValue(a), explicit}, {j + 1, k - j - 1, dayValue(end), explicit}}}, true
}

// shortYearEnd reads the second year of a span of years written with its
// last two digits only, as news writes seasons and fiscal years: "1957-58",
// "fiscal 1989-90", "the 1999-00 season". Token i is the dash after the
// four-digit year y; the two digits name one of the ten years after it.
func (p *parser) shortYearEnd(i, y int) (int, bool) {
	t := p.tok(i + 1)
	if !p.is(i, "-", "–") || !p.glued(i) || !p.glued(i+1) || !t.isNum() || t.ord || t.digits != 2 || p.tok(i-1).digits != 4 {
		return 0, false
	}
	if nx := p.tok(i + 2); p.glued(i+2) && (nx.text == "-" || nx.text == "–" || nx.text == "%" || nx.text == ":" || nx.text == "." || nx.text == "," || nx.text == "/") && p.tok(i+3).isNum() {
		return 0, false // "1957-58-60", "2019-10-05"
	}
	e := y/100*100 + t.num
	if e <= y {
		e += 100
	}
	if e-y > 10 {
		return 0, false
	}
	return e, true
}

// moveToYear gives the same days of a day or month value in year y.
func moveToYear(v Value, y int) Value {
	switch v.Grain {
	case GrainMonth:
		return monthValue(y, v.Start.Month())
	case GrainDay:
		if validDate(y, v.Start.Month(), v.Start.Day()) {
			return dayValue(date(y, v.Start.Month(), v.Start.Day()))
		}
	case GrainRange:
		d := y - v.Start.Year()
		return Value{Start: v.Start.AddDate(d, 0, 0), End: v.End.AddDate(d, 0, 0), Grain: GrainRange}
	}
	return v
}

// ruleDayRange reads a range of days written day first: "13 to 15 July",
// "1-8 September", "from the 13th to the 15th of July", "between the 3rd
// and 5th of May 2024".
func ruleDayRange(p *parser, i int) (match, bool) {
	j := i
	between := p.is(j, "between")
	if p.is(j, "from", "between") {
		j++
	}
	if p.is(j, "the") {
		j++
	}
	d1, n1 := p.dayNum(j)
	if n1 == 0 {
		return match{}, false
	}
	j += n1
	if !(p.is(j, "-", "–", "to", "through", "thru", "till", "until") || between && p.is(j, "and")) {
		return match{}, false
	}
	j++
	if p.is(j, "the") {
		j++
	}
	d2, n2 := p.dayNum(j)
	if n2 == 0 || d2 <= d1 {
		return match{}, false
	}
	j += n2
	if p.is(j, "of") {
		j++
	}
	mo, mn := p.month(j)
	if mn == 0 {
		return match{}, false
	}
	j += mn
	yk := j
	if p.is(yk, ",") {
		yk++
	}
	if y, yn := p.year(yk); yn > 0 {
		if !validDate(y, mo, d2) {
			return match{}, false
		}
		return match{n: yk + yn - i, v: rangeValue(date(y, mo, d1), date(y, mo, d2)), explicit: true}, true
	}
	v, ok := p.yearless(i, func(y int) (Value, bool) {
		return rangeValue(date(y, mo, d1), date(y, mo, d2)), validDate(y, mo, d2)
	})
	return match{n: j - i, v: v}, ok
}

// seasonValue is a season of year y on the traditional fixed dates of the
// equinoxes and solstices: spring from March 21, summer from June 21,
// autumn from September 23, winter from December 21 into the next year.
func seasonValue(name string, y int) Value {
	switch name {
	case "spring":
		return rangeValue(date(y, 3, 21), date(y, 6, 20))
	case "summer":
		return rangeValue(date(y, 6, 21), date(y, 9, 22))
	case "autumn", "fall":
		return rangeValue(date(y, 9, 23), date(y, 12, 20))
	}
	return rangeValue(date(y, 12, 21), date(y+1, 3, 20))
}

var seasonNames = []string{"winter", "spring", "summer", "autumn"}

// seasonOf names the season holding t and the year it started in.
func seasonOf(t time.Time) (string, int) {
	for _, y := range []int{t.Year() - 1, t.Year()} {
		for _, s := range seasonNames {
			v := seasonValue(s, y)
			if !t.Before(v.Start) && !t.After(v.End) {
				return s, y
			}
		}
	}
	return "winter", t.Year()
}

// ruleSeason reads seasons: "this summer", "last winter", "next season",
// "the summer of 2019", "autumn 2024", and, after "in" or "the", a bare
// season by tense. "Fall" is a season only so written.
func ruleSeason(p *parser, i int) (match, bool) {
	j, off, hasDet := i, 0, false
	if o, ok := periodOffset(p.tok(j).text); ok {
		off, hasDet, j = o, true, j+1
	} else if p.is(j, "the") {
		j++
	}
	name := p.tok(j).text
	switch name {
	case "spring", "summer", "autumn", "fall", "winter":
	case "season", "seasons":
		if !hasDet {
			return match{}, false
		}
		s, y := seasonOf(p.ref)
		v := seasonValue(s, y)
		if off != 0 {
			pivot := v.Start.AddDate(0, 0, -1)
			if off > 0 {
				pivot = v.End.AddDate(0, 0, 1)
			}
			s, y = seasonOf(pivot)
			v = seasonValue(s, y)
		}
		return match{n: j + 1 - i, v: v}, true
	default:
		return match{}, false
	}
	if p.seasonName(j) {
		return match{}, false
	}
	j++
	k := j
	if p.is(k, "of") {
		k++
	}
	if y, yn := p.year(k); yn > 0 && !hasDet {
		return match{n: k + yn - i, v: seasonValue(name, y), explicit: true}, true
	}
	if !hasDet && !p.whole && !(j-1 > i && (bareCue[p.tok(i-1).text] || p.is(i-1, "over") && name != "fall")) && !p.is(i-1, "in") {
		return match{}, false
	}
	if hasDet {
		cur := seasonValue(name, p.ref.Year())
		if name == "winter" && p.ref.Before(date(p.ref.Year(), 3, 21)) {
			cur = seasonValue(name, p.ref.Year()-1)
		}
		switch {
		case off < 0 && !cur.End.Before(p.ref):
			cur = seasonValue(name, cur.Start.Year()-1)
		case off > 0 && !cur.Start.After(p.ref):
			cur = seasonValue(name, cur.Start.Year()+1)
		}
		return match{n: j - i, v: cur}, true
	}
	v, ok := p.yearless(i, func(y int) (Value, bool) { return seasonValue(name, y), true })
	return match{n: j - i, v: v}, ok
}

// ruleForDays reads a day and a length: "18th Dec for 10 days", "for 10
// days from 18th Dec", "from 18th Dec for 10 days".
func ruleForDays(p *parser, i int) (match, bool) {
	j := i
	if p.is(j, "for") {
		k, kn := p.count(j + 1)
		if kn == 0 || k < 1 || !p.is(j+1+kn, "days", "day") || !p.is(j+2+kn, "from") {
			return match{}, false
		}
		s, ok := p.inner(j + 3 + kn)
		if !ok || s.v.Grain != GrainDay {
			return match{}, false
		}
		return match{n: j + 3 + kn + s.n - i, v: rangeValue(s.v.Start, s.v.Start.AddDate(0, 0, k-1)), explicit: s.explicit}, true
	}
	return match{}, false
}

// extendFor turns a day followed by a length into a range: "18th Dec for
// 10 days".
func (p *parser) extendFor(i int, m match) (match, bool) {
	j := i + m.n
	if m.v.Grain != GrainDay || !p.is(j, "for") {
		return match{}, false
	}
	k, kn := p.count(j + 1)
	if kn == 0 || k < 1 || !p.is(j+1+kn, "days", "day") || p.lengthOfWhat(j+2+kn) {
		return match{}, false
	}
	return match{n: j + 2 + kn - i, v: rangeValue(m.v.Start, m.v.Start.AddDate(0, 0, k-1)), explicit: m.explicit}, true
}
