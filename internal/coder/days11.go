package coder

import (
	"net/url"
	"regexp"
	"strconv"
	"time"

	"storyline/internal/actors"
	"storyline/internal/article"
	"storyline/internal/nlp"
	"storyline/internal/timex"
)

// The year of a day written without it, from what the page says of its own
// time. News leaves the year out of the days of the story ("is set to meet
// Putin in St. Petersburg on Aug. 9", "carried out airstrikes on Tuesday
// (May 6)"); a reader of a page that prints no date still knows the year
// from two things besides the office holders' tenure (yearlessReference,
// tenureReference):
//   - the address: sites file a story under the year and month it was
//     written ("/2016/08/russias-putin-and-..."), and a day written without
//     its year is then the one nearest that month;
//   - the weekday written beside the day, after the latest date the page
//     writes as background ("since the war started in October 2023"): the
//     day falls on that weekday once every five to eleven years, so between
//     the background and the day the page is read it is mostly once.

// addressMonthRE finds a year and a month as folders of an address's path.
var addressMonthRE = regexp.MustCompile(`/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/`)

// addressMonth is the first day of the month a page's address files it
// under ("/2016/08/"), or false. A full date in the address is the page's
// publication date already (article.dateInAddress).
func addressMonth(a article.Article) (time.Time, bool) {
	if a.URI == nil || *a.URI == "" {
		return time.Time{}, false
	}
	u, err := url.Parse(*a.URI)
	if err != nil {
		return time.Time{}, false
	}
	m := addressMonthRE.FindStringSubmatch(u.Path)
	if m == nil {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	return time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC), true
}

// filedReference is the latest day the text writes with a month and no
// year, each placed in the year that puts it nearest the middle of the
// month the address files the page under (filed), or false.
func filedReference(sents []nlp.Sentence, filed time.Time) (time.Time, bool) {
	mid := filed.AddDate(0, 0, 14)
	var latest time.Time
	for _, s := range sents {
		if !hasDigit(s.Text) {
			continue
		}
		for _, x := range timex.Find(s.Text, time.Time{}, timex.TenseUnknown) {
			if x.Explicit || x.Value.Grain != timex.GrainDay || x.Value.Start.Year() > 1 || !hasDigit(x.Text) || !namesMonth(x.Text) || yearNamed(x) || endsSpan(s.Text, x.Start) {
				continue
			}
			d := x.Value.Start
			var best time.Time
			for y := filed.Year() - 1; y <= filed.Year()+1; y++ {
				t := time.Date(y, d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
				if t.Month() != d.Month() {
					continue // February 29 in a common year
				}
				if best.IsZero() || absDuration(t.Sub(mid)) < absDuration(best.Sub(mid)) {
					best = t
				}
			}
			if best.After(latest) {
				latest = best
			}
		}
	}
	return latest, !latest.IsZero()
}

func absDuration(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// weekdayYearReference dates a page that writes a month and day with its
// weekday and no year ("on Tuesday (May 6)") and a year of background
// ("since the war began in October 2023"): the day in the one year, from
// the background date to now and inside the days the office holders it
// names served together (when it names any), in which it fell on that
// weekday. The latest such day, or false. tenureReference has done this
// already with the tenure alone; the background bounds the years from
// below, and stands in for the tenure on a page that names nobody in
// office.
func weekdayYearReference(sents []nlp.Sentence, ms []actors.Mention, cat *actors.Catalog, now time.Time) (time.Time, bool) {
	days := pageWeekdayDates(sents)
	if len(days) == 0 {
		return time.Time{}, false
	}
	anchor := backgroundDate(sents)
	if anchor.IsZero() || anchor.After(now) {
		return time.Time{}, false
	}
	window := tenureWindow(ms, cat, now)
	if len(window) == 0 {
		window = [][2]time.Time{{anchor, now}}
	} else {
		var clipped [][2]time.Time
		for _, w := range window {
			if w[0].Before(anchor) {
				w[0] = anchor
			}
			if !w[1].Before(w[0]) {
				clipped = append(clipped, w)
			}
		}
		window = clipped
	}
	return latestSingleDay(days, window)
}

// backgroundDate is the latest date with its year the text writes, not a
// deadline ("by 2030", "until May 2026"): the page was written after it.
func backgroundDate(sents []nlp.Sentence) time.Time {
	var anchor time.Time
	for _, s := range sents {
		if !hasDigit(s.Text) {
			continue
		}
		for _, x := range timex.Find(s.Text, time.Time{}, timex.TenseUnknown) {
			if x.Explicit && !endsSpan(s.Text, x.Start) && x.Value.Start.After(anchor) {
				anchor = x.Value.Start
			}
		}
	}
	return anchor
}

// filedReferenceOf is filedReference for the title and body of a page
// whose address files it under a month.
func filedReferenceOf(a article.Article, sents []nlp.Sentence) (time.Time, bool) {
	filed, ok := addressMonth(a)
	if !ok {
		return time.Time{}, false
	}
	return filedReference(append([]nlp.Sentence{{Text: a.Title}}, sents...), filed)
}
