package coder

import (
	"regexp"
	"slices"
	"strings"
	"time"

	"storyline/internal/actors"
	"storyline/internal/event"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// Rules that date events on pages that show no publication date. Such
// pages still write full dates: a photo caption ("Friday, Feb. 28, 2025"),
// the line under an embedded post ("— The White House June 21, 2025"), a
// sentence of background. A reader takes the latest of them as about when
// the story was written, and the date of a sentence that names the same
// parties as the date of the event it tells.

// textReference is the latest full date (day, month and year) the body
// writes, or false when it writes none. The caller passes the title as the
// first sentence: the line taken for the title of an undated page is
// often its date line ("Xinhua, July 12, 2016 Adjust font size:",
// "Last Update: 2020-01-06 00:00:00- Source: ..."). A weekday beside a month and day
// with no year ("Tuesday, Dec. 11") counts too, in the year near the
// body's years in which that day fell on that weekday.
func textReference(sents []nlp.Sentence) (time.Time, bool) {
	var latest time.Time
	var yearless []dayOfWeek
	for _, s := range sents {
		yearless = append(yearless, weekdayDates(s.Text)...)
		if !hasYear(s.Text) {
			continue // a full date writes its year
		}
		for _, x := range timex.Find(s.Text, time.Time{}, timex.TenseUnknown) {
			if x.Explicit && x.Value.Grain == timex.GrainDay && x.Value.Start.After(latest) && !endsSpan(s.Text, x.Start) {
				latest = x.Value.Start
			}
		}
	}
	if latest.IsZero() {
		return latest, false
	}
	for _, d := range yearless {
		// The year of the latest full date or the one after it: a caption
		// of an older photo sits above the story's own day.
		for y := latest.Year(); y <= latest.Year()+1; y++ {
			if t, ok := d.in(y); ok && t.After(latest) {
				latest = t
				break
			}
		}
	}
	return latest, true
}

// weekdayDate is a weekday beside a month and day: "Tuesday, Dec. 11",
// "Monday, March 3", and the day in brackets after the weekday that Asian
// wire copy writes, "on Tuesday (June 12)".
var weekdayDate = regexp.MustCompile(`\b` + weekdayGroup + `(?:,? +| +\()` + monthGroup + `\.? +(\d{1,2})\b`)

// weekdayGroup and monthGroup are regexp groups of the names news writes:
// the weekdays, the months and their abbreviations.
const (
	weekdayGroup = `(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	monthGroup   = `(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)`
)

// dayOfWeek is a month and day written with its weekday and no year.
type dayOfWeek struct {
	day time.Time // in year 1
	wd  time.Weekday
}

// in returns the day in year y, if it fell on its weekday then.
func (d dayOfWeek) in(y int) (time.Time, bool) {
	t := time.Date(y, d.day.Month(), d.day.Day(), 0, 0, 0, 0, time.UTC)
	return t, t.Month() == d.day.Month() && t.Weekday() == d.wd
}

// weekdayDates finds the weekdayDate days of text; a cheap test for a
// weekday name first keeps the regexp off most sentences.
func weekdayDates(text string) []dayOfWeek {
	if !mayNameWeekdayDate(text) {
		return nil
	}
	var out []dayOfWeek
	for _, m := range weekdayDate.FindAllStringSubmatch(text, -1) {
		if d, ok := monthDay(m[2], m[3]); ok {
			out = append(out, dayOfWeek{d, weekdays[strings.ToLower(m[1])]})
		}
	}
	return out
}

// mayNameWeekdayDate reports a capitalised weekday name followed the way
// every weekdayDate match goes on: a comma or not, spaces, then a capital
// (a month) or a bracket. Most news sentences with a weekday say "on
// Monday said" or "on Monday, the", and this scan costs far less than the
// regexp that would find no date in them.
func mayNameWeekdayDate(text string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "day")
		if k < 0 {
			return false
		}
		k += i
		i = k + 3
		if !endsInWeekdayStem(text[:k]) {
			continue
		}
		j := k + 3
		if j < len(text) && text[j] == ',' {
			j++
		}
		spaces := j
		for j < len(text) && text[j] == ' ' {
			j++
		}
		if j > spaces && j < len(text) && strings.IndexByte("JFMASOND(", text[j]) >= 0 {
			return true
		}
	}
}

var weekdayStems = []string{"Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"}

func endsInWeekdayStem(s string) bool {
	for _, stem := range weekdayStems {
		if strings.HasSuffix(s, stem) {
			return true
		}
	}
	return false
}

var weekdays = map[string]time.Weekday{"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday,
	"wednesday": time.Wednesday, "thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday}

// monthDay reads a month name or abbreviation and a day number as a date
// of year 1.
func monthDay(month, day string) (time.Time, bool) {
	t, err := time.Parse("Jan 2", month[:3]+" "+day)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// hasYear reports four digits in a row, 1900 to 2099: a cheap test before
// looking for a full date.
func hasYear(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 && (s[i-3] == '1' && s[i-2] == '9' || s[i-3] == '2' && s[i-2] == '0') {
				return true
			}
			continue
		}
		run = 0
	}
	return false
}

// datedSentence is a sentence that writes one full date, with the
// countries it names.
type datedSentence struct {
	idx       int
	date      timex.Value
	countries map[string]bool
}

// datedSentences lists the sentences that write exactly one full date; a
// sentence with two dates does not say which goes with which party.
func (c *articleCoder) datedSentences(sents []nlp.Sentence, mentions []actors.Mention) []datedSentence {
	var out []datedSentence
	mi := 0
	for si, s := range sents {
		for mi < len(mentions) && mentions[mi].Start < s.Start {
			mi++
		}
		if !hasYear(s.Text) {
			continue
		}
		day, ok := soleLentDay(s.Text, c.times(si, s.Text, timex.TenseUnknown))
		if !ok {
			continue
		}
		ds := datedSentence{idx: si, date: day, countries: map[string]bool{}}
		for mj := mi; mj < len(mentions) && mentions[mj].End <= s.End; mj++ {
			if mentions[mj].Country != "" {
				ds.countries[mentions[mj].Country] = true
			}
		}
		out = append(out, ds)
	}
	return out
}

// soleLentDay is the one full date among a sentence's expressions xs that
// it lends to the acts around it; false when it writes none, several, or
// one that dates another act (lentDate).
func soleLentDay(text string, xs []timex.Expression) (timex.Value, bool) {
	var day timex.Value
	n := 0
	for _, x := range xs {
		if x.Explicit && x.Value.Grain == timex.GrainDay {
			n++
			day = x.Value
			if !lentDate(text, x) {
				n = 2 // the date of another act: lent to none
			}
		}
	}
	return day, n == 1
}

// dateFromSiblings gives a report with no date the full date of the
// nearest sentence that names every one of its (two or more) countries:
// "Trump welcomes Zelenskyy at the White House, Friday, Feb. 28, 2025"
// dates "Trump cut short talks with Zelenskyy". A date on the wrong side of
// the reference date for the report's status is not taken.
func (c *articleCoder) dateFromSiblings(reports []*report, dated []datedSentence) {
	for _, r := range reports {
		if r.ev.Date != nil || r.ev.Status == event.Cancelled {
			continue
		}
		cs := r.ev.Countries()
		if len(cs) < 2 {
			continue
		}
		best, bestDist := -1, 1<<30
		for i, ds := range dated {
			if !containsAll(ds.countries, cs) || !c.fitsStatus(ds.date, r.ev.Status) || c.longBefore(ds.date) {
				continue
			}
			d := ds.idx - r.sentIdx
			if d < 0 {
				d = -d
			}
			if d < bestDist {
				best, bestDist = i, d
			}
		}
		if best >= 0 {
			r.ev.Date = dateOf(dated[best].date, true)
			r.dated, r.inherited = true, true
			if r.ev.Status == event.Unknown && c.hasRef && !dated[best].date.Start.After(c.ref) {
				r.ev.Status = event.Occurred // a day already past
			}
		}
	}
}

// longBefore reports a date more than two months before the day the story
// was written: an act the text tells with no date of its own is near that
// day, and a sentence of background ("the war, sparked by the October 7,
// 2023 attack") dates something else. A page with no date was written
// after its office holders took office.
func (c *articleCoder) longBefore(v timex.Value) bool {
	if !c.hasRef {
		return !c.writtenAfter.IsZero() && v.End.Before(c.writtenAfter.AddDate(0, -2, 0))
	}
	return v.End.Before(c.ref.AddDate(0, -2, 0))
}

// needsSiblingDate reports a report that dateFromSiblings could date: one
// with no date and two countries or more. Most articles have none, and the
// dated sentences are costly to list.
func needsSiblingDate(reports []*report) bool {
	for _, r := range reports {
		if r.ev.Date == nil && r.ev.Status != event.Cancelled && len(r.ev.Countries()) >= 2 {
			return true
		}
	}
	return false
}

// fitsStatus reports whether a date can be that of an event with status st
// given the reference date: a planned event is not before it, one that
// occurred not after it.
func (c *articleCoder) fitsStatus(v timex.Value, st event.Status) bool {
	if !c.hasRef {
		return true
	}
	switch st {
	case event.Planned:
		return !v.End.Before(c.ref)
	case event.Occurred:
		return !v.Start.After(c.ref)
	}
	return true
}

func containsAll(set map[string]bool, xs []string) bool {
	for _, x := range xs {
		if !set[x] {
			return false
		}
	}
	return true
}

// tenureReference dates an undated page that writes a weekday beside a
// month and day with no year ("The ceremony took place on Friday, August
// 8") by the office holders it names: the day in the one year in which
// they all held the offices the text gives them and that day fell on that
// weekday. A page naming nobody in office, or leaving two years open,
// gets no date.
func tenureReference(sents []nlp.Sentence, ms []actors.Mention, cat *actors.Catalog, now time.Time) (time.Time, bool) {
	days := pageWeekdayDates(sents)
	if len(days) == 0 {
		return time.Time{}, false
	}
	window := tenureWindow(ms, cat, now)
	if len(window) == 0 {
		return time.Time{}, false
	}
	return latestSingleDay(days, window)
}

// pageWeekdayDates gathers the month-and-day dates the sentences write
// beside a weekday.
func pageWeekdayDates(sents []nlp.Sentence) []dayOfWeek {
	var days []dayOfWeek
	for _, s := range sents {
		days = append(days, weekdayDates(s.Text)...)
	}
	return days
}

// latestSingleDay is the latest of the days that fall in window on their
// weekday in one year only; false when none does.
func latestSingleDay(days []dayOfWeek, window [][2]time.Time) (time.Time, bool) {
	var latest time.Time
	for _, d := range days {
		found := daysInWindow(window, d.day, d.wd)
		if len(found) == 1 && found[0].After(latest) {
			latest = found[0]
		}
	}
	return latest, !latest.IsZero()
}

// daysInWindow lists the days with day's month and day number, in every
// year the window's spans reach, that lie inside a span and, unless wd is
// anyWeekday, fall on weekday wd.
func daysInWindow(window [][2]time.Time, day time.Time, wd time.Weekday) []time.Time {
	var found []time.Time
	for _, w := range window {
		for y := w[0].Year(); y <= w[1].Year(); y++ {
			t := time.Date(y, day.Month(), day.Day(), 0, 0, 0, 0, time.UTC)
			if t.Month() == day.Month() && !t.Before(w[0]) && !t.After(w[1]) && (wd == anyWeekday || t.Weekday() == wd) {
				found = append(found, t)
			}
		}
	}
	return found
}

// anyWeekday asks daysInWindow for days on every weekday.
const anyWeekday time.Weekday = -1

// unionSpans merges spans that overlap or touch, in order of start: a
// person who held two offices at once served in one span, not two, and a day
// in it is one day.
func unionSpans(spans [][2]time.Time) [][2]time.Time {
	slices.SortFunc(spans, func(a, b [2]time.Time) int { return a[0].Compare(b[0]) })
	var out [][2]time.Time
	for _, sp := range spans {
		if n := len(out); n > 0 && !sp[0].After(out[n-1][1].AddDate(0, 0, 1)) {
			if sp[1].After(out[n-1][1]) {
				out[n-1][1] = sp[1]
			}
			continue
		}
		out = append(out, sp)
	}
	return out
}

// tenureWindow is the set of spans in which every person the mentions name
// with a title held that office: the intersection of their tenures, open
// tenures running to now. Nil when no one named is known in office.
func tenureWindow(ms []actors.Mention, cat *actors.Catalog, now time.Time) [][2]time.Time {
	var window [][2]time.Time
	seen := map[string]bool{}
	// A person the text gives an office anywhere is bounded by that office,
	// even where another mention names them bare.
	written := map[string]bool{}
	for _, m := range ms {
		if m.Kind == actors.Person && m.Title != "" && !m.Guessed {
			written[m.Name] = true
		}
	}
	first := true
	for _, m := range ms {
		if m.Kind != actors.Person || m.Name == "" || m.Title == "" || seen[m.Name] || m.Guessed && written[m.Name] {
			continue
		}
		_, hs := cat.Tenure(m.Name, m.Country, m.Title)
		if m.Guessed {
			// The text names no office: the person served in any of theirs.
			hs = cat.Offices(m.Name)
		}
		if len(hs) == 0 {
			continue
		}
		seen[m.Name] = true
		var spans [][2]time.Time
		for _, h := range hs {
			to := h.To
			if to.IsZero() {
				to = now
			}
			spans = append(spans, [2]time.Time{h.From, to})
		}
		spans = unionSpans(spans)
		if first {
			window, first = spans, false
			continue
		}
		var next [][2]time.Time
		for _, a := range window {
			for _, b := range spans {
				from, to := a[0], a[1]
				if b[0].After(from) {
					from = b[0]
				}
				if b[1].Before(to) {
					to = b[1]
				}
				if !to.Before(from) {
					next = append(next, [2]time.Time{from, to})
				}
			}
		}
		window = next
	}
	return window
}
