package timex

// ruleCentury reads centuries named without their years: "the 20th
// century", "the nineteenth century", "20th-century art", "this century",
// "the last century". News counts a century from its hundredth year, as
// TimeML does: the 20th century is 1900-1999.
func ruleCentury(p *parser, i int) (match, bool) {
	if !p.is(i+1, "century") && !p.is(i+2, "century") && !p.is(i+3, "century") {
		return match{}, false // most starts: no century in reach
	}
	j := i
	if p.is(j, "the") {
		j++
	}
	if c, cn := p.ordinal(j); cn > 0 && c >= 1 && c <= 30 {
		k := j + cn
		if p.is(k, "-") && p.glued(k) && p.glued(k+1) {
			k++
		}
		if !p.is(k, "century") {
			return match{}, false
		}
		return match{n: k + 1 - i, v: centuryValue(100 * (c - 1))}, true
	}
	off, ok := periodOffset(p.tok(j).text)
	if !ok || p.is(j, "recent") || !p.is(j+1, "century") {
		return match{}, false
	}
	return match{n: j + 2 - i, v: centuryValue(100 * (p.ref.Year()/100 + off))}, true
}

// centuryValue is the hundred years from year y.
func centuryValue(y int) Value {
	return Value{Start: date(y, 1, 1), End: date(y+99, 12, 31), Grain: GrainYear}
}
