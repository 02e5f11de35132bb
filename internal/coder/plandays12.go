package coder

import (
	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// A plan is told over several sentences, and often only the first writes
// its day: "Kim will cross the border on foot to attend the summit on
// Friday. Kim will meet Moon on the demarcation line at 9.30 a.m."; "Xi
// arrives in Hanoi on Tuesday. He will hold talks with To Lam". The second
// sentence is the same plan told closer, and its day is the first one's,
// as an act told as done goes on in the time of the sentence before
// (neighbourDate). A plan with no day of its own takes a day (a weekday,
// a date, today, tomorrow) the sentence just before writes for a time in
// the week after the story was written; a month, a season or a day further
// off ("in December", "19 December") dates another, later plan, and a day
// that sentence gives another act (lentDate) is not lent.

// planDayWindow is how many days after the reference the day lent to a
// plan may fall.
const planDayWindow = 7

// planNeighbourDate is the day the sentence before idx gives a plan told
// with no day of its own, or nil.
func (c *articleCoder) planNeighbourDate(sents []nlp.Sentence, idx int) *event.Date {
	if !c.hasRef || idx == 0 {
		return nil
	}
	j := idx - 1
	last := c.ref.AddDate(0, 0, planDayWindow)
	for _, x := range c.times(j, sents[j].Text, timex.TenseFuture) {
		if x.Value.Grain != timex.GrainDay || x.Value.Start.Before(c.ref) || x.Value.Start.After(last) {
			continue
		}
		if !lentDate(sents[j].Text, x) {
			return nil // the sentence's dates are of another act
		}
		return dateOf(x.Value, x.Explicit)
	}
	return nil
}
