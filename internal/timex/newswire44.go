package timex

// Stop 44: quarters as business news names them.

// ruleMonthQuarter reads a quarter named by the month that closes it, as
// companies and their reporters write it: "sales in the June quarter",
// "record revenue for the December quarter", "the September 2023
// quarter". Only a month that closes a calendar quarter names one; the
// year is the quarter's own reading by tense (quarterYear). "June
// quarterly dividend" and "the quarters" are left alone.
func ruleMonthQuarter(p *parser, i int) (match, bool) {
	m, mn := p.month(i)
	if mn == 0 || m%3 != 0 {
		return match{}, false
	}
	q := int(m) / 3
	j := i + mn
	y, yn := p.year(j)
	if !p.is(j+yn, "quarter") {
		return match{}, false
	}
	if yn > 0 {
		return match{n: j + yn + 1 - i, v: quarterValue(y, q), explicit: true}, true
	}
	return match{n: j + 1 - i, v: quarterValue(p.quarterYear(q), q)}, true
}

// justReported says whether quarter q, named under a future verb, is the
// one just ended rather than next year's: results come out in the weeks
// after a quarter closes, so "fourth-quarter results will be released
// next week", said in January, are the last quarter's, as "the figures
// for October are due out next week" are October's. Only in the first two
// months of the new quarter, the reporting season.
func (p *parser) justReported(q int) (year int, ok bool) {
	cur := (int(p.ref.Month())-1)/3 + 1
	if (int(p.ref.Month())-1)%3 == 2 {
		return 0, false
	}
	prev, y := cur-1, p.ref.Year()
	if prev == 0 {
		prev, y = 4, y-1
	}
	return y, q == prev
}
