package coder

import (
	"time"

	"storyline/internal/actors"
)

// Rules that bound when a page with no publication date was written. A full
// date the body writes is usually the day of the story, but a sentence of
// background writes old dates too ("a treaty signed on September 19,
// 1960"); taken as the story's day, or as the day of an act the page tells
// with no date of its own, it puts this week's events decades back.

// writtenAfter is the earliest day a page can have been written, going by
// the office holders it names with their titles: a story calls a person
// "Prime Minister" only once they hold the office. Zero when it names
// nobody the tables know in office.
func writtenAfter(ms []actors.Mention, cat *actors.Catalog) time.Time {
	var after time.Time
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Kind != actors.Person || m.Name == "" || m.Title == "" || seen[m.Name] {
			continue
		}
		seen[m.Name] = true
		_, hs := cat.Tenure(m.Name, m.Country, m.Title)
		if len(hs) == 0 {
			continue
		}
		first := hs[0].From
		for _, h := range hs[1:] {
			if h.From.Before(first) {
				first = h.From
			}
		}
		// A year's slack: the title of a premier-designate, or a tenure
		// table that starts a little late.
		if t := first.AddDate(-1, 0, 0); t.After(after) {
			after = t
		}
	}
	return after
}
