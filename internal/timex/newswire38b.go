package timex

// Stop 38, second helper: more forms wire and business news write.

// afterEnded reports whether the date at token i follows "ended" straight,
// or with "on" or "in" between ("the three months ended July 31", "the
// year ended in June"): a period that has ended ended before the story,
// whatever the clause's tense ("Results for the quarter ended June 30 will
// be reported next week"). "Will have ended" and "is ended" are left to
// the tense. Stop 41: so does a period or event that began ("The crop year
// that began Aug. 1 will see record exports", "Talks that started Monday
// will resume today").
func (p *parser) afterEnded(i int) bool {
	b := i - 1
	if p.is(b, "on", "in") {
		b--
	}
	return p.is(b, "ended", "began", "started") && !nonPastBefore[p.tok(b-1).text] && !p.is(b-1, "have", "has", "had")
}

// priorWord reports whether token j is "preceding" or "prior" after "the":
// news writes "the preceding month", "the prior year" as "the previous"
// ("up from 330,000 the preceding week", "net income in the prior year").
// Like "the previous", they count from the date the sentence named before
// them, else from the reference day.
func (p *parser) priorWord(j int) bool {
	return p.is(j, "preceding", "prior") && p.is(j-1, "the")
}

// ruleUnitBefore reads "the week before", "the month before", "the year
// after" closing a clause, after a date the sentence named that fits in
// one such unit: the unit before or after it ("Orders fell 1.2% in
// September after rising 3% the month before"). With no date before them
// they count from the story's narrative time, set in another sentence, and
// are left alone; so are "the week before the election" (counted from an
// event) and "in September, the month before" (the month just named, as
// "on Oct. 12, the day before" is).
func ruleUnitBefore(p *parser, i int) (match, bool) {
	if p.anchor.Start.IsZero() || !p.is(i, "the") || !p.is(i+1, "week", "month", "year") || !p.is(i+2, "before", "after") || !p.closesClause(i+3) {
		return match{}, false
	}
	if p.is(i-1, ",") && p.anchorNext == i-1 {
		return match{}, false
	}
	u := p.tok(i + 1).text
	if !p.anchorFits(u) {
		return match{}, false
	}
	off := 1
	if p.is(i+2, "before") {
		off = -1
	}
	v, _ := unitValue(p.anchor.Start, u, off)
	return match{n: 3, v: v, explicit: p.anchorExplicit}, true
}

func init() {
	startSet["prior"] = true
}

// rulePriorYear reads the adjective "prior-year" as "year-earlier" is read
// ("revenue rose 5% from the prior-year period", "prior-year results"): the
// year before the reference day's.
func rulePriorYear(p *parser, i int) (match, bool) {
	if !p.is(i, "prior") || !p.is(i+1, "-") || !p.glued(i+1) || !p.glued(i+2) || !p.is(i+2, "year") || p.is(i+3, "-") {
		return match{}, false
	}
	return match{n: 3, v: yearValue(p.ref.Year() - 1)}, true
}

// ruleWeekAgoWeekday reads "a week ago Thursday", "two weeks ago Sunday",
// as American news writes a day in a week gone: that weekday, the last one
// up to the reference day, so many weeks before ("The company announced
// the layoffs a week ago Thursday", said on a Friday, is the Thursday eight
// days back).
func ruleWeekAgoWeekday(p *parser, i int) (match, bool) {
	k, kn := p.count(i)
	if kn == 0 || k < 1 || k > 4 || !p.is(i+kn, "week", "weeks") || !p.is(i+kn+1, "ago") {
		return match{}, false
	}
	j := i + kn + 2
	wd, wn, _, plural := p.weekday(j)
	if wn == 0 || plural {
		return match{}, false
	}
	t := resolveWeekday(p.ref, wd, TensePast).AddDate(0, 0, -7*k)
	return match{n: j + wn - i, v: dayValue(t)}, true
}

// ruleElidedLast reads a bare "last" standing for the period named just
// before it: "this year as last", "this year and last", "sales this
// month than last" (the one before the reference day's). The sentence's
// own "this year" comes first, at most three words back.
func ruleElidedLast(p *parser, i int) (match, bool) {
	if !p.is(i, "last") || !p.is(i-1, "as", "and", "or", "than") || !p.closesClause(i+1) && !p.is(i+1, "did", "were", "was", "is", "are", "have", "had", "combined", "together", "respectively") {
		return match{}, false
	}
	b := i - 2
	if p.is(b, "year", "month", "week") && p.is(b-1, "this") {
		v, _ := unitValue(p.ref, p.tok(b).text, -1)
		return match{n: 1, v: v}, true
	}
	return match{}, false
}

// calYear reads the year of a month or a day: in figures ("January 1997"),
// or in words as broadcast transcripts write it ("January of nineteen
// ninety-seven", "September ninth, nineteen ninety-five").
func (p *parser) calYear(i int) (int, int) {
	if y, yn := p.year(i); yn > 0 {
		return y, yn
	}
	if y, yn := p.spokenYear(i); yn > 0 && y >= 1800 && y <= 2099 {
		return y, yn
	}
	return 0, 0
}

// ruleDayOfYear reads a month's day with its year named after it: "March
// 3 of last year", "Jan. 12 last year", "on Feb. 2 of this year", "March 3
// of 1997" (the year as figures or words).
func ruleDayOfYear(p *parser, i int) (match, bool) {
	m, mn := p.month(i)
	if mn == 0 {
		return match{}, false
	}
	k := i + mn
	if p.is(k, "the") {
		k++
	}
	d, dn := p.dayNum(k)
	if dn == 0 {
		return match{}, false
	}
	k += dn
	if ay, an, ok := p.anchorYearAt(k); ok {
		// "on March 3 of that year" (stop 40)
		if !validDate(ay, m, d) {
			return match{}, false
		}
		return match{n: k + an - i, v: dayValue(date(ay, m, d)), explicit: p.anchorExplicit}, true
	}
	of := p.is(k, "of")
	if of {
		k++
	}
	y := 0
	explicit := false // "March 3 last year" is read from the reference day; "March 3 of 1997" is not
	if off, ok := periodOffset(p.tok(k).text); ok && p.is(k, "this", "last", "next") && p.is(k+1, "year") && !p.is(k+2, "'", "’", "-") {
		y, k = p.ref.Year()+off, k+2
	} else if yy, yn := p.calYear(k); of && yn > 0 {
		y, k, explicit = yy, k+yn, true
	} else {
		return match{}, false
	}
	if !validDate(y, m, d) {
		return match{}, false
	}
	return match{n: k - i, v: dayValue(date(y, m, d)), explicit: explicit}, true
}

// ruleNewswire38b tries this file's rules by the word they start with, so
// that the parser pays one call per token for all of them.
func ruleNewswire38b(p *parser, i int) (match, bool) {
	switch p.toks[i].text {
	case "the":
		return ruleUnitBefore(p, i)
	case "prior":
		return rulePriorYear(p, i)
	case "last":
		return ruleElidedLast(p, i)
	}
	if lex.month[p.toks[i].text] != 0 {
		return ruleDayOfYear(p, i)
	}
	return ruleWeekAgoWeekday(p, i)
}
