package timex

import "time"

// Stop 38, third helper: forms broadcast transcripts and wire copy write.

// ruleBeforeLast reads "the week before last", "the weekend before last",
// "the month before last", "the year before last": the unit two before
// the reference day's; "the night before last" is the day before
// yesterday ("The week before last, the rebels seized two
// towns"). "The week before last year's vote" names an event's week and is
// left alone.
func ruleBeforeLast(p *parser, i int) (match, bool) {
	if !p.is(i, "the") || !p.is(i+1, "week", "weekend", "month", "year", "night") || !p.is(i+2, "before") || !p.is(i+3, "last") {
		return match{}, false
	}
	if p.is(i+4, "year", "week", "month", "weekend", "'s", "’s", "night", "'", "’", "-") || p.tok(i+4).isNum() {
		return match{}, false
	}
	u := p.tok(i + 1).text
	if u == "night" {
		return match{n: 4, v: dayValue(p.ref.AddDate(0, 0, -2))}, true
	}
	if u == "weekend" {
		// The Saturday of the weekend "last weekend" names (the one gone
		// before the one under way on a Saturday or Sunday), then one before.
		wd := p.ref.Weekday()
		back := (int(wd) + 1) % 7
		if wd == time.Saturday || wd == time.Sunday {
			back += 7
		}
		sat := p.ref.AddDate(0, 0, -back-7)
		return match{n: 4, v: rangeValue(sat, sat.AddDate(0, 0, 1))}, true
	}
	v, _ := unitValue(p.ref, u, -2)
	return match{n: 4, v: v}, true
}

// ruleNightsAgo reads "two nights ago", "three nights ago", as broadcast
// news counts back to an evening: the day that many days before the
// reference day ("Two nights ago, gunmen attacked a bus").
func ruleNightsAgo(p *parser, i int) (match, bool) {
	k, kn := p.count(i)
	if kn == 0 || k < 1 || k > 14 || !p.is(i+kn, "nights", "night") || !p.is(i+kn+1, "ago") {
		return match{}, false
	}
	if k == 1 && p.is(i+kn, "nights") || k > 1 && p.is(i+kn, "night") {
		return match{}, false
	}
	return match{n: kn + 2, v: dayValue(p.ref.AddDate(0, 0, -k))}, true
}

func init() {
	startSet["midweek"] = true
}

// ruleMidweek reads "midweek" written solid as "mid-week" is read: the
// middle of the reference day's week ("A decision is expected by
// midweek", "Prices steadied at midweek").
func ruleMidweek(p *parser, i int) (match, bool) {
	if !p.is(i, "midweek") || p.is(i+1, "-") {
		return match{}, false
	}
	v := weekValue(p.ref)
	return match{n: 1, v: within(v, ModMid, v)}, true
}

// ruleAgoToday reads "a year ago today", "two years ago this week", "a
// year ago this month", as broadcast news marks an anniversary: the same
// day, week or month so many years (or months, weeks) back, one date and
// not a year and a today ("A year ago today, the wall came down"). "A week
// from tomorrow" and "two weeks from yesterday" count on from the day named.
func ruleAgoToday(p *parser, i int) (match, bool) {
	k, kn := p.count(i)
	if kn == 0 || k < 1 || k > 100 {
		return match{}, false
	}
	u, un := p.unit(i + kn)
	if un == 0 || u != "year" && u != "month" && u != "week" && u != "day" {
		return match{}, false
	}
	j := i + kn + un
	var base time.Time
	switch {
	case p.is(j, "ago"):
		k = -k
		base = p.ref
	case p.is(j, "from") && p.is(j+1, "tomorrow", "yesterday"):
		j++
		base = p.ref.AddDate(0, 0, 1)
		if p.is(j, "yesterday") {
			base = p.ref.AddDate(0, 0, -1)
		}
		t := shiftBy(base, u, k)
		return match{n: j + 1 - i, v: dayValue(t)}, true
	default:
		return match{}, false
	}
	j++
	t := shiftBy(base, u, k)
	switch {
	case p.is(j, "today"):
		return match{n: j + 1 - i, v: dayValue(t)}, true
	case p.is(j, "yesterday"):
		return match{n: j + 1 - i, v: dayValue(t.AddDate(0, 0, -1))}, true
	case p.is(j, "this") && p.is(j+1, "week", "month") && (u == "year" || u == "month" && p.is(j+1, "week")):
		v, _ := unitValue(t, p.tok(j+1).text, 0)
		return match{n: j + 2 - i, v: v}, true
	}
	return match{}, false
}

// shiftBy moves t by k units.
func shiftBy(t time.Time, u string, k int) time.Time {
	switch u {
	case "year":
		return t.AddDate(k, 0, 0)
	case "month":
		return t.AddDate(0, k, 0)
	case "week":
		return t.AddDate(0, 0, 7*k)
	}
	return t.AddDate(0, 0, k)
}

// ruleHolidayCommaYear reads a named day with its year after a comma, as
// a month's day takes one: "He died on New Year's Day, 1997", "on
// Christmas Day, 1996, the ceasefire collapsed" (had been the named day of
// the reference day's year and a separate year). The year is four figures
// from 1800 to 2099 and closes the clause or is followed by a comma.
func ruleHolidayCommaYear(p *parser, i int) (match, bool) {
	v, n, explicit, ok := p.holidayAt(i)
	if !ok || explicit || v.Grain != GrainDay || n > 6 || !p.is(i+n, ",") {
		return match{}, false
	}
	k := i + n + 1
	t := p.tok(k)
	if !t.isNum() || t.digits != 4 || t.num < 1800 || t.num > 2099 || !p.closesClause(k+1) && !p.is(k+1, ",") {
		return match{}, false
	}
	y, yn := p.year(k)
	if yn != 1 || y != t.num {
		return match{}, false
	}
	// The named day holidayAt matched: the longest whose words stand here.
	for _, h := range holidaysByWord[p.tok(i).text] {
		if len(h.words) != n {
			continue
		}
		same := true
		for m, x := range h.words {
			if !p.is(i+m, x) {
				same = false
				break
			}
		}
		if same {
			return match{n: n + 2, v: dayValue(h.in(y)), explicit: true}, true
		}
	}
	return match{}, false
}

// ruleNewswire38c tries this file's rules by the word they start with, so
// that the parser pays one call per token for all of them.
func ruleNewswire38c(p *parser, i int) (match, bool) {
	switch p.toks[i].text {
	case "the":
		return ruleBeforeLast(p, i)
	case "midweek":
		return ruleMidweek(p, i)
	}
	if _, ok := holidaysByWord[p.toks[i].text]; ok {
		if m, ok := ruleHolidayCommaYear(p, i); ok {
			return m, ok
		}
	}
	if m, ok := ruleAgoToday(p, i); ok {
		return m, ok
	}
	return ruleNightsAgo(p, i)
}
