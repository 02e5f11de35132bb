package coder

import (
	"regexp"
	"strings"
	"time"

	"storyline/internal/nlp"
)

// A wire story's dateline gives the day it was filed with no year
// ("NAIROBI, Feb 20 (Reuters) -", "MOSCOW, August 2. /TASS/.", "Doha, 4
// March (QNA) -"). On a page that shows no date but writes a full date in
// its body (textReference), that full date gives the year: a story is
// filed near the days it tells, so the dateline's day is the one nearest
// the body's latest full date, unless the lead's weekday places it in one
// year only ("... on Saturday": August 2 fell on a Saturday in
// 2025). The filing day is then the page's reference, as a publication
// date is: the body's full date is background, not the day of writing.

// datelineTASS matches the dateline Russian and Belarusian agencies
// write: the place, the month and day, a full stop, then the agency
// between slashes ("MOSCOW, August 2. /TASS/."); the sentence splitter
// may end the sentence at the day's full stop.
var datelineTASS = regexp.MustCompile(`^[A-Z][\pL .'’-]{1,30}, +` + monthGroup + `\.? +(\d{1,2})\.(?: */[\pL -]{2,20}/|$)`)

// datelineDayMonth matches a dateline that writes the day before the
// month, as British and Gulf agencies do ("Doha, 4 March (QNA) -").
var datelineDayMonth = regexp.MustCompile(`^(?:[A-Z][\pL .'’-]{1,30}, +)?(\d{1,2}) +` + monthGroup + ` *(?:\([\pL/ .-]{2,30}\) *)?[—–:-]`)

// datelineMonthDay returns the month and day (in year 1) of a dateline
// opening the sentence, and the text after it.
func datelineMonthDay(text string) (time.Time, string, bool) {
	text = strings.TrimSpace(text)
	for _, re := range []*regexp.Regexp{datelineDay, datelineTASS} {
		if m := re.FindStringSubmatch(text); m != nil {
			d, ok := monthDay(m[1], m[2])
			return d, text[len(m[0]):], ok
		}
	}
	if m := datelineDayMonth.FindStringSubmatch(text); m != nil {
		d, ok := monthDay(m[2], m[1])
		return d, text[len(m[0]):], ok
	}
	return time.Time{}, "", false
}

// inDateline reports whether byte off of text lies in a dateline opening
// it ("NEW DELHI, March 28 (Reuters) -"): the day the story was filed, which
// is no day of an act the story says is still to come.
func inDateline(text string, off int) bool {
	t := strings.TrimSpace(text)
	_, rest, ok := datelineMonthDay(t)
	if !ok {
		return false
	}
	lead := strings.Index(text, t)
	return off < lead+len(t)-len(rest)
}

// datelineAfterText is the day of a dateline opening one of the first
// sentences, in the year the body's latest full date (latest) gives (see
// above), or false when no dateline opens the story.
func datelineAfterText(sents []nlp.Sentence, latest time.Time) (time.Time, bool) {
	for i, s := range sents {
		if i >= 3 {
			break // a dateline opens the story
		}
		d, rest, ok := datelineMonthDay(s.Text)
		if !ok {
			continue
		}
		if t, ok := datelineByWeekday(d, rest, latest.Year()); ok {
			return t, true
		}
		return nearestYear(d, latest), true
	}
	return time.Time{}, false
}

// nearestYear is the month and day d in the year that puts it nearest to
// latest: a story is filed soon after the days it tells, and the full date
// it writes may also be a day to come ("will take effect on March 1").
func nearestYear(d, latest time.Time) time.Time {
	var best time.Time
	for y := latest.Year() - 1; y <= latest.Year()+1; y++ {
		t := time.Date(y, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
		if best.IsZero() || absDuration(t.Sub(latest)) < absDuration(best.Sub(latest)) {
			best = t
		}
	}
	return best
}

// datelineByWeekday is the dateline's day in the one year, of the body's
// year and those either side, in which it fell on the weekday the lead
// gives for the news.
func datelineByWeekday(d time.Time, lead string, y int) (time.Time, bool) {
	wd := leadWeekday.FindString(lead)
	if wd == "" {
		return time.Time{}, false
	}
	var found []time.Time
	for yy := y - 1; yy <= y+1; yy++ {
		if t, ok := (dayOfWeek{day: d, wd: weekdays[strings.ToLower(wd)]}).in(yy); ok {
			found = append(found, t)
		}
	}
	if len(found) != 1 {
		return time.Time{}, false
	}
	return found[0], true
}
