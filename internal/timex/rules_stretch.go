package timex

import "time"

// ruleFirstMonths reads the stretch business news reports a year by:
// "the first nine months" (of the year written after it, else of the
// story's year, or the year before when they have not passed yet), "the
// first three quarters". A year written after them ("of 1989") is left
// to be a date of its own, as TimeML marks it.
func ruleFirstMonths(p *parser, i int) (match, bool) {
	if !p.is(i, "the") {
		return match{}, false
	}
	j := i + 1
	if !p.is(j, "first") {
		return match{}, false
	}
	j++
	k, kn := p.count(j)
	if kn != 1 || k < 2 || k > 11 || p.is(j, "a", "an") {
		return match{}, false
	}
	u, un := p.unit(j + 1)
	if un == 0 || u != "month" && u != "quarter" || !p.is(j+1, "months", "quarters") {
		return match{}, false
	}
	months, end := k, j+2
	if u == "quarter" {
		if k > 3 {
			return match{}, false
		}
		months = 3 * k
	}
	y := p.ref.Year()
	if oy, _, _, ok := p.ofYear(end); ok && p.is(end, "of") {
		y = oy
	} else if p.is(end, "of") {
		return match{}, false // "the first two months of his term"
	} else if int(p.ref.Month()) <= months {
		y-- // "the first nine months", said in January: last year's
	}
	return match{n: end - i, v: Value{Start: date(y, 1, 1), End: date(y, time.Month(1+months), 0), Grain: GrainMonth}}, true
}
