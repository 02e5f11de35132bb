package timex

import "time"

// Stretches of several units that news names by where they lie: "the
// weeks ahead" after today, "the first nine months" of a year, "the six
// months ended Aug. 12" up to a day.

// ruleAhead reads "the weeks ahead", "the months ahead", "the days
// ahead": a few units after the current one, as "the coming weeks" are.
func ruleAhead(p *parser, i int) (match, bool) {
	if !p.is(i, "the") {
		return match{}, false
	}
	u, un := p.unit(i + 1)
	if un == 0 || u == "hour" || u == "fortnight" || !p.is(i+2, "ahead") {
		return match{}, false
	}
	if w := p.tok(i + 1).text; w[len(w)-1] != 's' {
		return match{}, false // "the week ahead": seven days or the next week, the text does not say
	}
	return match{n: 3, v: p.few(u, 1)}, true
}

// ruleFirstMonths reads the stretches business news reports: "the first
// nine months" of a year (of the year written after it, else of the
// story's year, or the year before when they have not passed yet), and
// "the six months ended Aug. 12" (the months up to that day). The words
// after the months ("of 1989", "ended Aug. 12") are left to be dates of
// their own, as TimeML marks them.
func ruleFirstMonths(p *parser, i int) (match, bool) {
	if !p.is(i, "the") {
		return match{}, false
	}
	j, first := i+1, p.is(i+1, "first")
	if first {
		j++
	}
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
	if p.is(end, "ended", "ending", "to", "through") {
		d, ok := p.inner(end + 1)
		if !ok || d.v.Grain != GrainDay {
			return match{}, false
		}
		last := d.v.Start
		return match{n: end - i, v: rangeValue(last.AddDate(0, 0, 1).AddDate(0, -months, 0), last)}, true
	}
	if !first {
		return match{}, false
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
