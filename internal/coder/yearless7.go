package coder

import (
	"strings"
	"time"

	"storyline/internal/actors"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// News leaves the year out of a day in the year of the story ("met Maduro
// in Caracas on January 31", "to meet in Singapore on June 12") and writes
// it for the days, months and years of its background ("the contested
// July 2024 elections", "negotiations that began in 2023"). A page with no
// date of its own is written after the latest of those, so a day written
// with no year is the first such day after the latest date the body
// writes, in the span in which the office holders the page names held
// their offices together that holds that date, or is the only one after
// it (storySpan). A page that writes no dated background takes such a day
// only when it falls once in the days the office holders served together
// (onceInWindow). A page that names nobody in office, or leaves two spans
// or two years open, gets no date this way.

// yearlessReference is the latest day written with no year, read as above,
// or false.
func yearlessReference(sents []nlp.Sentence, ms []actors.Mention, cat *actors.Catalog, now time.Time) (time.Time, bool) {
	var anchor time.Time
	var days []time.Time // in year 0 or 1, as timex gives them with no reference
	for _, s := range sents {
		if !hasDigit(s.Text) {
			continue
		}
		for _, x := range timex.Find(s.Text, time.Time{}, timex.TenseUnknown) {
			switch {
			case x.Explicit:
				if !endsSpan(s.Text, x.Start) && x.Value.Start.After(anchor) {
					anchor = x.Value.Start // a deadline is no background
				}
			case x.Value.Grain == timex.GrainDay && x.Value.Start.Year() <= 1 && hasDigit(x.Text) && namesMonth(x.Text) && !yearNamed(x) && !endsSpan(s.Text, x.Start):
				days = append(days, x.Value.Start)
			}
		}
	}
	if len(days) == 0 {
		return time.Time{}, false
	}
	if anchor.IsZero() {
		return onceInWindow(days, tenureWindow(ms, cat, now))
	}
	span, ok := storySpan(tenureWindow(ms, cat, now), anchor)
	if !ok {
		return time.Time{}, false
	}
	var latest time.Time
	for _, d := range days {
		for y := anchor.Year(); y <= span[1].Year(); y++ {
			t := time.Date(y, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
			if t.Month() != d.Month() || t.Before(anchor) || t.Before(span[0]) || t.After(span[1]) {
				continue
			}
			if t.After(latest) {
				latest = t
			}
			break
		}
	}
	return latest, !latest.IsZero()
}

// storySpan is the span of the office holders' joint tenure in which a page
// whose latest background date is anchor was written: the one that holds
// the anchor, or else the only one after it. Two spans after the anchor
// leave the year open.
func storySpan(window [][2]time.Time, anchor time.Time) ([2]time.Time, bool) {
	var after [][2]time.Time
	for _, w := range window {
		if !anchor.Before(w[0]) && !anchor.After(w[1]) {
			return w, true
		}
		if w[0].After(anchor) {
			after = append(after, w)
		}
	}
	if len(after) == 1 {
		return after[0], true
	}
	return [2]time.Time{}, false
}

// hasDigit reports a digit in s.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// onceInWindow is the latest of days (month and day, no year) that falls
// only once in the days the office holders served together: a page that
// writes no dated background is still written while they served.
func onceInWindow(days []time.Time, window [][2]time.Time) (time.Time, bool) {
	var latest time.Time
	for _, d := range days {
		if found := daysInWindow(window, d, anyWeekday); len(found) == 1 && found[0].After(latest) {
			latest = found[0]
		}
	}
	return latest, !latest.IsZero()
}

// yearNamed reports a day whose year the text names from the page's own
// ("Jan. 12 last year", "July 19 of this year"): timex reads it against
// the reference as it does a day written with no year, but its year is
// given, one or none off the page's, so it is no yearless day to place.
func yearNamed(x timex.Expression) bool {
	return strings.HasSuffix(strings.ToLower(x.Text), " year")
}

// monthAbbrevs are the first three letters of the month names, each
// starting with a capital.
var monthAbbrevs = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}

// namesMonth reports a month name in a date's text: "June 12", "4 July",
// not a day counted from the reference ("in 50 days"), which timex gives
// a day of year 1 too when there is no reference.
func namesMonth(text string) bool {
	for _, m := range monthAbbrevs {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}
