package merge

import (
	"slices"
	"time"

	"storyline/internal/event"
)

// A page that gives no date of its own still writes days: "TEHRAN, April
// 3 (AP) —", "on Tuesday". The coder reads the month and the day from the
// text and puts them in a year the page's office holders served together
// (event.RefTenure) or the dateline's month and day in such a year
// (event.RefDateline): the day is read, the year guessed. When the guess
// is wrong the report stands alone in a year nobody else tells ("An
// Iranian-British woman detained in Iran" dated 1953; a Reuters dateline
// "WASHINGTON, Jan 23" placed in 2018, when the other outlets tell the
// recognition on 23 January 2019).
//
// So a report whose year is guessed, and that no report of its group with
// a year of its own dates near its day, is of the year in which the reports
// of its group with a read year tell an event on the same month and day:
// when exactly one such year holds one, at a compatible place, held the
// same way, with no sides the other way round, no office holder it clashes
// with, and the moved days within its office holders' tenures. It then
// merges as if its text had written that year. A guessed year that some
// report with a year of its own confirms stands, and so does one that no
// other year can replace.

// yearGuessed says whether the text gave a date's day and month but not its
// year. A page with no date of its own read against the latest full date
// it writes (event.RefText, event.RefCaption: a photo's caption, a
// background date) guesses the year too: that date only bounds the day
// the page was written from below, so "on Sept. 22" under a caption of
// "Apr. 2, 2025" may be 2024's or 2025's (stop 45).
func yearGuessed(d *event.Date) bool {
	if d.Basis != event.BasisRelative {
		return false
	}
	switch d.Reference {
	case event.RefTenure, event.RefDateline, event.RefText, event.RefCaption:
		return true
	}
	return false
}

// readYears moves the reports of a group whose year was guessed (a copy of
// each, dated anew) to the one year in which the reports with a year of their own tell an event on their
// month and day, when none tells one near their own days.
func readYears(items []item, opts Options) {
	if !slices.ContainsFunc(items, movable) {
		return // most groups: nothing to read
	}
	var anchors []int // reports that date an event to a short span in a year they read
	for i, it := range items {
		if !it.guessed && !it.undated && it.end-it.start <= maxPrecise {
			anchors = append(anchors, i)
		}
	}
	slack := opts.SlackDays
	near := func(a item, start, end int) bool { return a.start <= end+slack && start-slack <= a.end }
	for i := range items {
		it := &items[i]
		if !movable(*it) {
			continue
		}
		confirmed := false
		years := 0 // the one other year offset found; 0 none yet
		several := false
		for _, j := range anchors {
			a := items[j]
			if near(a, it.start, it.end) {
				confirmed = true
				break
			}
			for _, k := range yearOffsets(it.start, a) {
				s, e, ok := inYear(it.start, it.end, k)
				if !ok || !near(a, s, e) || !agree(*it, a) {
					continue
				}
				switch {
				case years == 0:
					years = k
				case years != k:
					several = true
				}
			}
		}
		if confirmed || several || years == 0 {
			continue
		}
		s, e, _ := inYear(it.start, it.end, years)
		if _, lo, hi := tenures(it.r, opts, -unbounded, unbounded); s < lo || e > hi {
			continue
		}
		// The merged event takes the moved date: the report is copied, its
		// caller's left as it was.
		r := *it.r
		d := *r.Event.Date
		d.Start, d.End = dayString(s), dayString(e)
		r.Event.Date = &d
		it.r = &r
		it.start, it.end = s, e
		limit(it, opts)
	}
}

// movable says whether readYears may move it: a guessed year of a day, a
// short range, or a month ("will recognise the state in September", read
// against a background date of the year before).
func movable(it item) bool {
	return it.guessed && (it.precise || it.r.Event.Date.Grain == event.GrainMonth)
}

// yearOffsets are the years (as offsets from the year of day) in which a's
// days fall.
func yearOffsets(day int, a item) []int {
	y := dayTime(day).Year()
	ys, ye := dayTime(a.start).Year()-y, dayTime(a.end).Year()-y
	var out []int
	for k := ys; k <= ye; k++ {
		if k != 0 {
			out = append(out, k)
		}
	}
	return out
}

// inYear moves the days start..end k years on, keeping month and day; false
// for the 29th of February of a year that has none.
func inYear(start, end, k int) (int, int, bool) {
	ts, te := dayTime(start), dayTime(end)
	ms, me := ts.AddDate(k, 0, 0), te.AddDate(k, 0, 0)
	if ms.Day() != ts.Day() || me.Day() != te.Day() {
		return 0, 0, false
	}
	return daysOf(ms), daysOf(me), true
}

// agree says whether two reports may tell one event by their place, their
// mode and their parties, whatever their days.
func agree(a, b item) bool {
	la, lb := a.limits(), b.limits()
	return compatible(a.place, b.place) && a.remote*b.remote >= 0 && !reversed(la.sides, lb.sides) && !clash(la.holders, lb.holders)
}

func dayTime(d int) time.Time { return epoch.AddDate(0, 0, d) }

func dayString(d int) string { return dayTime(d).Format(time.DateOnly) }
