package coder

import (
	"time"

	"storyline/internal/actors"
	"storyline/internal/article"
	"storyline/internal/event"
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

// staleCaption reports a caption's date (an article's PageDate) older
// than after, the day from which the page's office holders say it was
// written: an old photo's day (a caption "outside the court on May 3,
// 2011" under a story naming a president who took office in 2022).
func staleCaption(pageDate *string, after time.Time) bool {
	if pageDate == nil {
		return false
	}
	t, err := time.Parse(time.DateOnly, *pageDate)
	return err == nil && t.Before(after)
}

// pageReference says how the page's own reference date was found: its
// publication date (as its data or text give it, or as its address
// writes it), else the latest full date beside the article.
func pageReference(a article.Article) event.Reference {
	switch {
	case a.Published != nil && a.PublishedFrom == article.FromAddress:
		return event.RefAddress
	case a.Published != nil:
		return event.RefPublished
	case a.PageDate != nil:
		return event.RefCaption
	}
	return ""
}

// captureReference is the day a page that dates itself nowhere was
// captured: it was written by then, and news is crawled within days of
// publication (CC-NEWS, feeds). A capture outside the days the office
// holders the page names served together (with a month's grace) came long
// after the page was written, and is no reference.
func captureReference(a article.Article, ms []actors.Mention, cat *actors.Catalog) (time.Time, bool) {
	if a.Captured == nil {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, *a.Captured)
	if err != nil {
		return time.Time{}, false
	}
	window := tenureWindow(ms, cat, t)
	if len(window) == 0 {
		return t, true
	}
	for _, w := range window {
		if !t.Before(w[0]) && !t.After(w[1].AddDate(0, 1, 0)) {
			return t, true
		}
	}
	return time.Time{}, false
}
