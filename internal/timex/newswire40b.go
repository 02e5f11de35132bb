package timex

// Stop 40: "a day earlier", "two days later" closing a clause after a day
// the sentence named ("said on Thursday it had expelled two diplomats a
// day earlier"): that day moved by the count, as "the previous day" is
// (ruleAdjacentDay). With no day before them, or when they open a phrase
// that counts from an event ("a day after his death"), they are left
// alone.

func init() {
	startSet["a"] = true
	startSet["one"] = true
}

// ruleCountedAdjacentDay reads "a day earlier", "one day later", "two
// days before" (up to six) closing a clause after a single day.
func ruleCountedAdjacentDay(p *parser, i int) (match, bool) {
	if p.anchor.Start.IsZero() || p.anchor.Grain != GrainDay || !p.anchor.Start.Equal(p.anchor.End) {
		return match{}, false
	}
	k := 0
	switch {
	case p.is(i, "a", "one") && p.is(i+1, "day"):
		k = 1
	case lex.cardinal[p.tok(i).text] >= 2 && lex.cardinal[p.tok(i).text] <= 6 && p.is(i+1, "days"):
		k = lex.cardinal[p.tok(i).text]
	default:
		return match{}, false
	}
	if !p.is(i+2, "earlier", "later", "before", "after") || !p.closesClause(i+3) {
		return match{}, false
	}
	if p.is(i-1, ",") && p.anchorNext == i-1 {
		return match{}, false // "on Oct. 12, a day before": Oct. 12 itself
	}
	if p.is(i+2, "earlier", "before") {
		k = -k
	}
	return match{n: 3, v: dayValue(p.anchor.Start.AddDate(0, 0, k)), explicit: p.anchorExplicit}, true
}
