package timex

// Stop 38: the words that count a day or a week from the date the
// sentence named before them ("He arrived on Oct. 3 and left the next
// day"; "the talks opened on Monday and broke up the following week").

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
