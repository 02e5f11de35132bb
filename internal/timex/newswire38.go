package timex

import "time"

// Stop 38: newswire forms. The words that count a day or a week from the
// date the sentence named before them ("He arrived on Oct. 3 and left the
// next day"), a month's possessive, the end of a period written with a
// possessive ("by year's end") or with its year ("year-end 1988"),
// "midyear", and "early in the year".

// anchorFits reports whether the sentence's anchor lies within one unit u
// (week, month or year): only then does "the following" or "the previous"
// unit count from it. "He arrived in 1995 and left the following month"
// names no month.
func (p *parser) anchorFits(u string) bool {
	w, ok := unitValue(p.anchor.Start, u, 0)
	return ok && !p.anchor.End.After(w.End)
}

// ruleAdjacentDay reads "the next day", "the following day", "the
// previous day", "the preceding day", and "the day before", "the day
// after" closing a clause, after a day the sentence named: the day after
// or before it. With no day before them (the story's narrative time, set
// in another sentence) they are left alone, and so is "the day after his
// death", which counts from an event. "On Oct. 12, the day before" is the
// day just named (ruleThatPeriod).
func ruleAdjacentDay(p *parser, i int) (match, bool) {
	if p.anchor.Start.IsZero() || p.anchor.Grain != GrainDay || !p.anchor.Start.Equal(p.anchor.End) || !p.is(i, "the") {
		return match{}, false
	}
	off := 0
	switch {
	case p.is(i+1, "next", "following") && p.is(i+2, "day"):
		off = 1
	case p.is(i+1, "previous", "preceding") && p.is(i+2, "day"):
		off = -1
	case p.is(i+1, "day") && p.is(i+2, "before", "after") && p.closesClause(i+3):
		if p.is(i-1, ",") && p.anchorNext == i-1 {
			return match{}, false // "on Oct. 12, the day before": Oct. 12 itself
		}
		off = 1
		if p.is(i+2, "before") {
			off = -1
		}
	default:
		return match{}, false
	}
	if p.is(i+3, "-") && p.glued(i+3) {
		return match{}, false // "the next day-long session"
	}
	return match{n: 3, v: dayValue(p.anchor.Start.AddDate(0, 0, off)), explicit: p.anchorExplicit}, true
}

// closesClause reports whether token k ends a clause: the end of the
// text, a punctuation mark or a conjunction that opens the next one.
func (p *parser) closesClause(k int) bool {
	if k >= len(p.toks) {
		return true
	}
	return p.is(k, ",", ".", ";", ":", ")", "!", "?", "and", "but", "—", "–", "-", "'", "\"", "”", "’")
}

// possessiveMonth reports whether the month name at i (its words end
// before j) is a possessive: "September's trade figures", "October's
// earthquake". News writes a month's possessive only for the month
// itself; "May's" is a name as often ("Theresa May's cabinet").
func (p *parser) possessiveMonth(i, j int) bool {
	return j == i+1 && !p.is(i, "may") && p.is(j, "'", "’") && p.glued(j) && p.is(j+1, "s") && p.glued(j+1)
}

func init() {
	for _, w := range []string{"month", "week", "midyear", "yearend"} {
		startSet[w] = true
	}
}

// rulePeriodEnd reads the end of a period as business news writes it:
// "by year's end", "at month's end", "the week's end" (the reference day's
// year, month or week, its end; under a past verb in the first third of
// it, the one before), and "year-end 1988", "yearend 1988",
// "year end 1988" (the end of the year written; "year-end" alone is
// ruleStoryYear's).
func rulePeriodEnd(p *parser, i int) (match, bool) {
	if p.whole {
		return match{}, false
	}
	j := i
	if p.is(j, "the") {
		j++
	}
	u := ""
	switch {
	case p.is(j, "year", "month", "week") && p.is(j+1, "'", "’") && p.glued(j+1) && p.is(j+2, "s") && p.is(j+3, "end") && !p.is(j+4, "of", "-"):
		u, j = p.tok(j).text, j+4
	case j == i && p.is(j, "yearend"):
		j++
	case j == i && p.is(j, "year") && p.is(j+1, "-") && p.glued(j+1) && p.is(j+2, "end"):
		j += 3
	case j == i && p.is(j, "year") && p.is(j+1, "end"):
		j += 2
	default:
		return match{}, false
	}
	if u != "" {
		v, _ := unitValue(p.ref, u, 0)
		if p.tense == TensePast && p.ref.Sub(v.Start) < v.End.Sub(v.Start)/3 {
			// "the bonds were sold at month's end", said on the 2nd: the
			// month just gone.
			v, _ = unitValue(p.ref, u, -1)
		}
		return match{n: j - i, v: within(v, ModEnd, v)}, true
	}
	if y, yn := p.year(j); yn > 0 {
		v := yearValue(y)
		return match{n: j + yn - i, v: within(v, ModEnd, v), explicit: true}, true
	}
	return match{}, false
}

// ruleMidyear reads "midyear": the middle of the reference
// day's year; of the next year when a future verb governs it and June is
// past ("the plant will reopen by midyear", said in November), of the year
// before when a past verb does and July has not come.
func ruleMidyear(p *parser, i int) (match, bool) {
	if !p.is(i, "midyear") || p.is(i+1, "-") {
		return match{}, false // "mid-year" is rulePart's
	}
	n := 1
	y := p.ref.Year()
	switch {
	case p.tense == TenseFuture && p.ref.Month() > time.June:
		y++
	case p.tense == TensePast && p.ref.Month() < time.July:
		y--
	}
	v := yearValue(y)
	return match{n: n, v: within(v, ModMid, v)}, true
}

// ruleEarlyInThe reads "early in the year", "late in the month", "early
// in the week": the period the sentence named before, when it fits in one
// such unit ("In 1988, late in the year"), else the reference day's; its
// start or end.
func ruleEarlyInThe(p *parser, i int) (match, bool) {
	if !p.is(i, "early", "late") || !p.is(i+1, "in") || !p.is(i+2, "the") {
		return match{}, false
	}
	u := p.tok(i + 3).text
	if u != "year" && u != "month" && u != "week" || p.is(i+4, "-", "'", "’", "of", "before", "after") {
		return match{}, false
	}
	at := p.ref
	if !p.anchor.Start.IsZero() && p.anchorFits(u) {
		at = p.anchor.Start
	}
	v, _ := unitValue(at, u, 0)
	mod := ModStart
	if p.is(i, "late") {
		mod = ModEnd
	}
	return match{n: 4, v: within(v, mod, v)}, true
}

// ruleYearBefore reads "a year before" closing a clause ("up 5% from a
// year before", "A year before, output had fallen") as "a year earlier"
// is read: the year before the reference day's. Before a noun phrase it
// counts from an event ("a year before the election") and is left alone.
func ruleYearBefore(p *parser, i int) (match, bool) {
	if !p.is(i, "a", "one") || !p.is(i+1, "year") || !p.is(i+2, "before") || !p.closesClause(i+3) || p.is(i+3, "and", "but") {
		return match{}, false
	}
	return match{n: 3, v: p.counted("year", -1)}, true
}

// ruleNewYear reads "the new year" as news writes it late in a year and
// early in the next ("talks will resume in the new year", said in
// November, are next year's; "since the new year", said in February,
// this year's). In the middle of a year it names none; "New Year's Day"
// is a named day.
func ruleNewYear(p *parser, i int) (match, bool) {
	if !p.is(i, "the") || !p.is(i+1, "new") || !p.is(i+2, "year") || p.is(i+3, "'", "’", "-") {
		return match{}, false
	}
	y := p.ref.Year()
	switch {
	case p.ref.Month() >= time.October:
		y++
	case p.ref.Month() <= time.March:
	default:
		return match{}, false
	}
	return match{n: 3, v: yearValue(y)}, true
}

// listedMonth reports whether the month name at i follows a comma right
// after a month the sentence named: the middle of a list of months ("in
// August, September and October") has the list's cue.
func (p *parser) listedMonth(i int) bool {
	return p.is(i-1, ",") && p.anchorNext == i-1 && p.anchor.Grain == GrainMonth
}

// listedYear reports whether the number at i follows a comma right after a
// year the sentence named: the middle of a list of years ("in 1987, 1988
// and 1989").
func (p *parser) listedYear(i int) bool {
	return p.is(i-1, ",") && p.anchorNext == i-1 && p.anchor.Grain == GrainYear
}

// foundingCue are the participles news writes a year straight after, with
// no "in": "the bank, founded 1948", "(born 1931)", "established 1902".
var foundingCue = setOf("founded", "established", "born", "incorporated", "chartered")
