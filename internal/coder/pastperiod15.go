package coder

import "storyline/internal/event"

// Rules of the fifteenth pass (stop 33) on the date of an act the lead
// tells with none.
//
// A story tells its news with no date ("Obama lifted a decades-old arms
// embargo during his first visit", "The Czech Republic summoned the
// Chinese ambassador today") and reminds the reader, further down, of an
// act of the same kind and parties in a year or month long past ("The
// United States partially lifted the embargo in 2014", "the attack ...
// began in 2022"). Merging the article's reports of one type and parties,
// the undated news took the past year as its date: the most precise date
// of the two. A year or month that ended before the month the page was
// written in is not the date of news told with none: the merged act keeps
// no date, and is dated by its page as the undated news it is.

// pastBefore is the first day of the month of the page's own date
// (its publication, address, caption, dateline or text; not one guessed
// from office holders or a capture), "" when it has none.
func (c *articleCoder) pastBefore() string {
	if !c.hasRef || c.refFrom == event.RefTenure || c.refFrom == event.RefCapture {
		return ""
	}
	return c.ref.Format("2006-01") + "-01"
}

// newsNotPast drops the date of a merged act told with no date somewhere
// when that date is a year or a month wholly before the month of the
// page (before).
func newsNotPast(merged []*report, before string) {
	for _, m := range merged {
		d := m.ev.Date
		if !m.news || !m.laterDate || d == nil || d.Grain != event.GrainYear && d.Grain != event.GrainMonth || m.ev.Status == event.Planned || m.ev.Status == event.Cancelled {
			continue
		}
		if before == "" || d.End < before {
			m.ev.Date, m.dated = nil, false
		}
	}
}
