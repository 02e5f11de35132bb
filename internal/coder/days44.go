package coder

import (
	"strings"
	"time"

	"storyline/internal/event"
	"storyline/internal/timex"
)

// Rules of the twenty-sixth pass (stop 44) on the day of an act.
//
// A story tells its news with no day ("A British academic has been
// sentenced to life in prison in the UAE", "Kenya has expelled two
// Somali diplomats") and tells further down an earlier act of the same
// kind and parties on a day of its own ("He was arrested on May 5 at
// Dubai airport", "Nairobi had recalled its envoy on June 3"). Merging
// the article's reports of one type and parties, the news took that day:
// the most precise date of the two. pastperiod15.go drops a year or a
// month wholly before the page's month; a day is as much the background's
// when it lies before the month ahead of the page's: news is not told
// months after it happened with no word of when.

// newsNotLongPastDay drops the day, range or week of a merged act told
// with no date somewhere when that date comes from a later sentence and
// ends before the month before the page's month (before is the first day
// of the page's month, pastBefore).
func newsNotLongPastDay(merged []*report, before string) {
	if before == "" {
		return
	}
	first, err := time.Parse(time.DateOnly, before)
	if err != nil {
		return
	}
	cut := first.AddDate(0, -1, 0).Format(time.DateOnly)
	for _, m := range merged {
		d := m.ev.Date
		if !m.news || !m.laterDate || d == nil || d.Grain == event.GrainYear || d.Grain == event.GrainMonth || m.ev.Status == event.Planned || m.ev.Status == event.Cancelled {
			continue
		}
		if d.End < cut {
			m.ev.Date, m.dated = nil, false
		}
	}
}

// A sentence's time frame, which a dateless act in the sentence after it
// takes (neighbourDate), is its main clause's. A date inside a
// non-restrictive relative clause tells what the noun before it did at
// another time: "... a setback for Israel, which had hoped to build on the
// momentum started by Guatemala and Paraguay, which moved their embassies
// to Jerusalem in May", "Kenya thanked Uganda, which sent troops in
// 2023". Such a date is that clause's, not the story's.

// inRelativeClause reports a date of text that stands in a ", which" or
// ", who" clause, with no comma or semicolon between the pronoun and the
// date.
func inRelativeClause(text string, x timex.Expression) bool {
	before := strings.ToLower(text[:x.Start])
	k := max(strings.LastIndex(before, ", which "), strings.LastIndex(before, ", who "))
	if k < 0 {
		return false
	}
	return !strings.ContainsAny(before[k+1:], ",;")
}
