package coder

import (
	"strings"
	"time"

	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// A news story is told from its lead: "Netanyahu on Wednesday described
// the cooperation as a match made in heaven", "Trump and Zelensky clashed
// in the Oval Office on Friday". The acts told after it with no day of
// their own ("India and Israel inked seven agreements", "Vance joined in,
// accusing Zelensky") are that news, done on the lead's day, not on the
// day the page was published, which is often the next one. The lead's
// day is the day of the first act the first two sentences date with a
// weekday or a relative day, when it falls in the six days before the
// page's date (on a page with no date of its own, the six days up to its
// reference day); a lead that dates no act gives the latest such day its
// first sentence writes for an act done, not planned. A lead whose act is dated outside
// that week, or by a full date, gives none: the page's day stands. A
// first sentence that dates nothing lets its second sentence's own
// clause give the day (leadsecond18.go).

// leadDate is the lead's day of the news (c.leadDay) as an event's date,
// the day read against ref.
func (c *articleCoder) leadDate(ref event.Reference) *event.Date {
	return &event.Date{Start: c.leadDay, End: c.leadDay, Grain: event.GrainDay, Basis: event.BasisRelative, Reference: ref}
}

// leadDay is the day of the story's news as its lead dates it, or "".
func leadDay(rs []*report, sents []nlp.Sentence, c *articleCoder) string {
	if !c.hasRef || len(sents) == 0 {
		return ""
	}
	published := c.a.Published != nil
	inWeek := func(d time.Time) bool {
		days := int(c.ref.Sub(d).Hours() / 24)
		if published {
			return days >= 1 && days <= 6 // the page's own day needs no lead
		}
		return days >= 0 && days <= 6
	}
	for _, r := range rs {
		if r.sentIdx > 1 {
			break
		}
		if !r.dated || r.inherited || r.toldDay || r.ev.Status != event.Occurred || r.ev.Date == nil || r.ev.Date.Grain != event.GrainDay {
			continue
		}
		d, err := time.Parse(time.DateOnly, r.ev.Date.Start)
		if err != nil || r.ev.Date.Basis != event.BasisRelative || !inWeek(d) {
			return ""
		}
		return r.ev.Date.Start
	}
	if day := c.leadSentenceDay(0, sents[0].Text, inWeek, nil); day != "" {
		return day
	}
	if len(sents) > 1 && published && leadUndated(rs) && namedAgain(sents[0].Text, sents[1].Text) {
		return c.leadSentenceDay(1, sents[1].Text, inWeek, mainClauseDay) // leadsecond18.go
	}
	return ""
}

// leadSentenceDay is the latest day the lead's sentence idx writes for an
// act done, not planned, within the lead's week, or "".
// When own is not nil, a day it refuses is passed over.
func (c *articleCoder) leadSentenceDay(idx int, text string, inWeek func(time.Time) bool, own func(string, int) bool) string {
	if !strings.Contains(text, "day") {
		return "" // no weekday, "yesterday" or "today": no time to read
	}
	var day time.Time
	for _, x := range c.times(idx, text, timex.TensePast) {
		if x.Explicit || x.Value.Grain != timex.GrainDay || !x.Value.Start.Equal(x.Value.End) || !inWeek(x.Value.Start) || !x.Value.Start.After(day) {
			continue
		}
		if own != nil && !own(text, x.Start) {
			continue
		}
		if timex.TenseAt(text, x.Start, x.End) != timex.TenseFuture { // "will travel on Monday" is no day of the news
			day = x.Value.Start
		}
	}
	if day.IsZero() {
		return ""
	}
	return day.Format(time.DateOnly)
}
