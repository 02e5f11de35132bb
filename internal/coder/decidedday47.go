package coder

import "storyline/internal/timex"

// Twenty-ninth pass (stop 47): the day of a decision told before it.
//
// A measure a government decides is dated by the deciding (announced20.go):
// "Kenya on Wednesday decided to withdraw its troops from South Sudan",
// "The Kenyan government Wednesday has decided to withdraw". The day
// before the infinitive modifies the verb of deciding, a past act; read in
// the future tense of the measure still to come, it went to the next
// Wednesday, a week after the other outlets' day. A day after the
// infinitive ("decided to withdraw on Friday") is the measure's own and
// keeps the future.

// decidedAcrossDay reports the infinitive of a decision right before the
// cue, with only words of a day between the verb or noun of deciding and
// "to": "decided to withdraw", "decided on Tuesday to recall".
func decidedAcrossDay(toks []token, cl clause, m match) bool {
	if m.noun || m.start-2 < cl.start || toks[m.start-1].lower != "to" {
		return false
	}
	k := m.start - 2
	for k > cl.start && k >= m.start-5 && toldOn(toks[k]) {
		k--
	}
	switch toks[k].lower {
	case "decided", "decides", "decision":
		return true
	}
	return false
}

// decidedDayTimes returns xs with every expression before the infinitive's
// "to" of a decided measure (decidedAcrossDay) read in the past tense, as
// the deciding's day; xs as they are otherwise.
func (c *articleCoder) decidedDayTimes(xs []timex.Expression, text string, toks []token, cl clause, m match, tense timex.Tense) []timex.Expression {
	if tense != timex.TenseFuture || !decidedAcrossDay(toks, cl, m) {
		return xs
	}
	to := toks[m.start-1].start
	past := map[int]timex.Expression{}
	for _, x := range c.times(c.curSent, text, timex.TensePast) {
		past[x.Start] = x
	}
	out := make([]timex.Expression, 0, len(xs))
	for _, x := range xs {
		if p, ok := past[x.Start]; ok && x.Start < to {
			x = p
		}
		out = append(out, x)
	}
	return out
}
