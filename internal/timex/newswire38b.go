package timex

// Stop 38, second helper: more forms wire and business news write.

// afterEnded reports whether the date at token i follows "ended" straight,
// or with "on" or "in" between ("the three months ended July 31", "the
// year ended in June"): a period that has ended ended before the story,
// whatever the clause's tense ("Results for the quarter ended June 30 will
// be reported next week"). "Will have ended" and "is ended" are left to
// the tense.
func (p *parser) afterEnded(i int) bool {
	b := i - 1
	if p.is(b, "on", "in") {
		b--
	}
	return p.is(b, "ended") && !nonPastBefore[p.tok(b-1).text] && !p.is(b-1, "have", "has", "had")
}
