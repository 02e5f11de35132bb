package timex

// Decades and centuries, as news names them besides "the 1990s": "the
// '80s", "this decade", "the past decade", "a decade ago", "the 20th
// century", "this century".

// ruleDecade reads decades and centuries named without their years.
func ruleDecade(p *parser, i int) (match, bool) {
	// "the '80s", "in '90s Britain": the decade of a two-digit year.
	if p.is(i, "'", "’") {
		t := p.tok(i + 1)
		if t.digits != 2 || t.num%10 != 0 || !p.glued(i+1) || !p.is(i+2, "s") || !p.glued(i+2) {
			return match{}, false
		}
		return match{n: 3, v: decadeValue(twoDigitYear(t.num))}, true
	}
	// "a decade ago", "two decades ago": the year counted back, as "ten
	// years ago" is.
	if k, kn := p.count(i); kn > 0 && k >= 1 && k <= 9 && p.is(i+kn, "decade", "decades") && p.is(i+kn+1, "ago") {
		return match{n: kn + 2, v: p.counted("year", -10*k)}, true
	}
	j := i
	if p.is(j, "the") {
		j++
	}
	// "the 20th century", "the nineteenth century", "20th-century art".
	if c, cn := p.ordinal(j); cn > 0 && c >= 1 && c <= 30 {
		k := j + cn
		if p.is(k, "-") && p.glued(k) && p.glued(k+1) {
			k++
		}
		if p.is(k, "century") {
			return match{n: k + 1 - i, v: centuryValue(100 * (c - 1))}, true
		}
		return match{}, false
	}
	off, ok := periodOffset(p.tok(j).text)
	if !ok || p.is(j, "recent") {
		return match{}, false
	}
	switch {
	case p.is(j+1, "century"):
		// "this century", "the last century": the hundred years 1900-1999
		// and the like, as news counts them.
		return match{n: j + 2 - i, v: centuryValue(100 * (p.ref.Year()/100 + off))}, true
	case p.is(j+1, "decade"):
		// "this decade" is the decade of the reference day; "the past
		// decade" and "the next decade" are ten years before or after
		// its year, as "the past ten years" are.
		y := p.ref.Year()
		switch {
		case off == 0:
			return match{n: j + 2 - i, v: decadeValue(y - y%10)}, true
		case off < 0:
			return match{n: j + 2 - i, v: Value{Start: date(y-10, 1, 1), End: date(y-1, 12, 31), Grain: GrainYear}}, true
		default:
			return match{n: j + 2 - i, v: Value{Start: date(y+1, 1, 1), End: date(y+10, 12, 31), Grain: GrainYear}}, true
		}
	}
	return match{}, false
}

// centuryValue is the hundred years from year y.
func centuryValue(y int) Value {
	return Value{Start: date(y, 1, 1), End: date(y+99, 12, 31), Grain: GrainYear}
}
