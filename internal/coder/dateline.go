package coder

import (
	"regexp"
	"strings"
	"time"

	"storyline/internal/actors"
	"storyline/internal/nlp"
)

// A wire story opens with its dateline: the place, the month and day it
// was filed, and the agency ("Amman, July 28 (Petra) –", "Oct. 12 (UPI)
// —", "Tianjin [China], September 1 (ANI):"). The year is left out, as it
// is the year of the story. On a page with no other date the dateline's
// day is the page's reference, in the one year the office holders it
// names held their offices together; when they served together over
// several years, in the one of them in which the dateline's day fell on
// the weekday the lead gives for the news ("... was released Friday"): a
// wire story tells the day's news on the day it is filed.

// datelineDay matches a dateline at the start of a sentence: an optional
// place (with its country in brackets), a month and day, an optional
// agency in brackets, then a dash or a colon.
var datelineDay = regexp.MustCompile(`^(?:[A-Z][\pL .'’-]{1,30}(?: \[[\pL ]{2,30}\])?, +)?` + monthGroup + `\.? +(\d{1,2}) *(?:\([\pL/ .-]{2,30}\) *)?[—–:-]`)

// leadWeekday matches a weekday word.
var leadWeekday = regexp.MustCompile(`\b` + weekdayGroup + `\b`)

// datelineReference is the day of the dateline opening one of the first
// sentences, in the year the offices named allow (see above), or false.
func datelineReference(sents []nlp.Sentence, ms []actors.Mention, cat *actors.Catalog, now time.Time) (time.Time, bool) {
	for i, s := range sents {
		if i >= 3 {
			break // a dateline opens the story
		}
		m := datelineDay.FindStringSubmatch(strings.TrimSpace(s.Text))
		if m == nil {
			continue
		}
		d, ok := monthDay(m[1], m[2])
		if !ok {
			return time.Time{}, false
		}
		window := tenureWindow(ms, cat, now)
		found := daysInWindow(window, d, anyWeekday)
		if len(found) == 1 {
			return found[0], true
		}
		wd := leadWeekday.FindString(s.Text[len(m[0]):])
		if wd == "" || len(found) == 0 {
			return time.Time{}, false
		}
		if same := daysInWindow(window, d, weekdays[strings.ToLower(wd)]); len(same) == 1 {
			return same[0], true
		}
		return time.Time{}, false
	}
	return time.Time{}, false
}
