package timex

import "time"

// date is a calendar day at 00:00 UTC; out-of-range days roll over as in time.Date.
func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// validDate reports whether y-m-d names a real day.
func validDate(y int, m time.Month, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	return d <= daysIn(y, m)
}

func daysIn(y int, m time.Month) int {
	return date(y, m+1, 0).Day()
}

// refDay is the calendar day of ref, read in ref's own location.
func refDay(ref time.Time) time.Time {
	y, m, d := ref.Date()
	return date(y, m, d)
}

func dayValue(t time.Time) Value { return Value{Start: t, End: t, Grain: GrainDay} }

func rangeValue(a, b time.Time) Value {
	if b.Before(a) {
		a, b = b, a
	}
	if a.Equal(b) {
		return dayValue(a)
	}
	return Value{Start: a, End: b, Grain: GrainRange}
}

func monthValue(y int, m time.Month) Value {
	return Value{Start: date(y, m, 1), End: date(y, m+1, 0), Grain: GrainMonth}
}

func yearValue(y int) Value {
	return Value{Start: date(y, 1, 1), End: date(y, 12, 31), Grain: GrainYear}
}

func quarterValue(y, q int) Value {
	m := time.Month(3*(q-1) + 1)
	return Value{Start: date(y, m, 1), End: date(y, m+3, 0), Grain: GrainQuarter}
}

// weekStart is the Monday of t's week (ISO weeks start on Monday).
func weekStart(t time.Time) time.Time {
	off := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -off)
}

func weekValue(t time.Time) Value {
	s := weekStart(t)
	return Value{Start: s, End: s.AddDate(0, 0, 6), Grain: GrainWeek}
}

// weekdayIn gives day wd of the Monday-based week holding t.
func weekdayIn(t time.Time, wd time.Weekday) time.Time {
	return weekStart(t).AddDate(0, 0, (int(wd)+6)%7)
}

// resolveWeekday picks the day wd for a bare weekday by tense.
func resolveWeekday(ref time.Time, wd time.Weekday, tense Tense) time.Time {
	back := (int(ref.Weekday()) - int(wd) + 7) % 7 // days since the last wd, 0 if today
	fwd := (int(wd) - int(ref.Weekday()) + 7) % 7  // days until the next wd, 0 if today
	switch tense {
	case TensePast:
		return ref.AddDate(0, 0, -back)
	case TenseFuture:
		return ref.AddDate(0, 0, fwd)
	}
	if back <= fwd {
		return ref.AddDate(0, 0, -back)
	}
	return ref.AddDate(0, 0, fwd)
}

// nextWeekday is the first wd strictly after t.
func nextWeekday(t time.Time, wd time.Weekday) time.Time {
	fwd := (int(wd) - int(t.Weekday()) + 7) % 7
	if fwd == 0 {
		fwd = 7
	}
	return t.AddDate(0, 0, fwd)
}

// prevWeekday is the last wd strictly before t.
func prevWeekday(t time.Time, wd time.Weekday) time.Time {
	back := (int(t.Weekday()) - int(wd) + 7) % 7
	if back == 0 {
		back = 7
	}
	return t.AddDate(0, 0, -back)
}

// resolveYear picks the year for a date given without one: cand(y) is the
// start of the candidate in year y (ok false when y has none). Past takes
// the latest candidate starting on or before ref, future the earliest
// ending on or after ref, unknown the nearest.
func resolveYear(ref time.Time, tense Tense, cand func(y int) (Value, bool)) (Value, bool) {
	var best Value
	found := false
	bestDist := 0
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		v, ok := cand(y)
		if !ok {
			continue
		}
		var dist int
		switch {
		case !v.Start.After(ref) && !v.End.Before(ref):
			dist = 0
		case v.End.Before(ref):
			if tense == TenseFuture {
				continue
			}
			dist = int(ref.Sub(v.End).Hours() / 24)
		default:
			if tense == TensePast {
				continue
			}
			dist = int(v.Start.Sub(ref).Hours() / 24)
		}
		if !found || dist < bestDist {
			best, bestDist, found = v, dist, true
		}
	}
	return best, found
}

// A date written without its year lies near the story: news adds the year
// when it does not. The tense of the clause picks the candidate before or
// after the reference day, but a past-tense verb in news often dates the
// announcing, not the date announced ("declared a dividend payable Dec. 12",
// "extended the offer to Nov. 20"). So a past candidate more than
// farBack days back gives way to a future one less than nearAhead days on.
const (
	farBack   = 200
	nearAhead = 100
)

// yearless resolves a date written without its year (cand gives it in year
// y) for the expression starting at token i, by tense and nearness.
func (p *parser) yearless(i int, cand func(y int) (Value, bool)) (Value, bool) {
	if p.tense != TensePast && !p.whole && p.pastActBefore(i) {
		return resolveYear(p.ref, TensePast, cand) // "was passed by parliament in May and takes effect in April"
	}
	v, ok := resolveYear(p.ref, p.tense, cand)
	if ok && !p.whole && v.Grain == GrainMonth && p.tense == TenseFuture && v.Start.After(p.ref.AddDate(0, 0, farBack)) {
		// The mirror case for a whole month: news writes "next October"
		// for one far ahead, while the month just ended is what the coming
		// reports are about, so under a future verb the bare name of the
		// month before the reference day's is that month ("the figures for
		// October are due next week", said in November). A day keeps the tense:
		// "the vote is planned for December 28", said on January 2, is
		// the coming one.
		if b, ok := resolveYear(p.ref, TensePast, cand); ok && b.End.Equal(date(p.ref.Year(), p.ref.Month(), 0)) {
			return b, true
		}
		return v, ok
	}
	if !ok || p.tense != TensePast || !v.End.Before(p.ref.AddDate(0, 0, -farBack)) || p.boundToPast(i) && !p.asOf(i) || p.boundPastObject(i) || p.afterSince(i) || p.fronted(i) || p.pastActBefore(i) {
		return v, ok
	}
	if f, ok := resolveYear(p.ref, TenseFuture, cand); ok && f.Start.Before(p.ref.AddDate(0, 0, nearAhead)) {
		return f, true
	}
	return v, ok
}

// boundToPast reports whether a past verb stands right before token i
// (at most three words back, in the same clause), so that the date is that
// verb's: "the quarter ended Sept. 30", "was rescued Nov. 25", "the visit
// took place in October". Reporting verbs ("said", "announced") date the
// saying and do not count, nor forms that look ahead ("scheduled").
func (p *parser) boundToPast(i int) bool {
	for b := i - 1; b >= 0 && b >= i-3; b-- {
		w := p.tok(b).text
		if !isLetterWord(w) {
			return false
		}
		if c, ok := tenseCues[w]; ok && !c.future && c.weight >= 2 && !auxiliaries[w] && !nonPastBefore[p.tok(b-1).text] {
			return true // not a participle after "is", "be", "will": "when the case is heard in May"
		}
		if len(w) > 4 && w[len(w)-2:] == "ed" && !lookAhead[w] && !nonPastBefore[p.tok(b-1).text] {
			if c, ok := tenseCues[w]; !ok || c.weight >= 2 {
				return true
			}
		}
	}
	return false
}

// fronted reports whether the expression at token i opens the sentence
// ("In January, a bomb killed ..."): a date set before the main clause
// dates that clause's verb, whose tense then stands.
func (p *parser) fronted(i int) bool {
	b := 0
	for b < i && (p.is(b, "``", "\"", "'", "“", "‘") || p.tok(b).text == "`") {
		b++
	}
	return i == b || i == b+1 && p.is(b, "in", "on", "by", "since", "until", "through", "during")
}

// auxiliaries carry the tense of the verb after them ("was extended to").
var auxiliaries = setOf("was", "were", "had", "has", "have", "did")

var lookAhead = setOf("scheduled", "expected", "planned", "slated", "extended", "postponed", "delayed", "proposed", "needed", "intended")

// twoDigitYear reads "74" as 1974 and "15" as 2015.
func twoDigitYear(n int) int {
	if n < 50 {
		return 2000 + n
	}
	return 1900 + n
}
