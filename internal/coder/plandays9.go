package coder

import (
	"strings"

	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// Rules of the ninth pass (stop 27) on the day of a meeting still to come.
// News dates a summit once, in the lead, and tells its programme in the
// sentences after it with no day, or with the day it was announced: "Kim
// will cross the border to attend the summit on Friday, the presidential
// office said on Thursday. Kim will meet Moon at 9.30 a.m." The meeting
// is on the lead's Friday; Thursday is the day it was told.

// toldOnDay reports a date written right after a verb of telling, with
// "on" or "here on" between or nothing: "said on April 26", "told
// reporters Thursday" is not read (an object between), "announced
// Monday". It dates the telling, not the act told.
func toldOnDay(text string, x timex.Expression) bool {
	f := strings.Fields(strings.ToLower(text[:x.Start]))
	n := len(f)
	for n > 0 && (f[n-1] == "on" || f[n-1] == "here" || f[n-1] == "late" || f[n-1] == "early") && len(f)-n < 2 {
		n--
	}
	return n > 0 && speechHeads[strings.Trim(f[n-1], ",")]
}

// planDayBefore dates a meeting still to come that has no day of its own
// with the day the sentence before it gives a plan (read in the future),
// past the day that sentence was told on.
func (c *articleCoder) planDayBefore(sents []nlp.Sentence, r *report) *event.Date {
	if !c.hasRef || r.sentIdx == 0 || r.ev.Type != "CONSULT" || r.ev.Status != event.Planned {
		return nil
	}
	j := r.sentIdx - 1
	text := sents[j].Text
	for _, x := range c.times(j, text, timex.TenseFuture) {
		if x.Value.End.Before(c.ref) || toldOnDay(text, x) {
			continue
		}
		if x.Value.Grain != timex.GrainDay || !lentDate(text, x) {
			return nil
		}
		return dateOf(x.Value, x.Explicit)
	}
	return nil
}
