package article

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
)

// Numeric date stamps. Pages print their day in digits as often as in
// words: "09-07-2025", "10/7/2019, 5:42 PM", "2019.10.07", "Sat,
// 28-Jun-2025". With the year first, or a part above 12, the order of day
// and month is plain; otherwise Britain and most of the world write the
// day first and the United States the month first, and the line alone
// cannot say which. Such a stamp is read only where the page itself
// settles it (numericStamp); it is never guessed.

var (
	// numYearLast is d-m-yyyy or m-d-yyyy with one separator.
	numYearLast = regexp.MustCompile(`(?:^|[^0-9./-])(\d{1,2})([-/.])(\d{1,2})([-/.])(\d{4})(?:[^0-9./-]|$)`)
	// numYearFirst is yyyy-m-d, yyyy/m/d or yyyy.m.d.
	numYearFirst = regexp.MustCompile(`(?:^|[^0-9./-])(\d{4})([-/.])(\d{1,2})([-/.])(\d{1,2})(?:[^0-9./-]|$)`)
	// numMonthWord is "28-jun-2025".
	numMonthWord = regexp.MustCompile(`\b(\d{1,2})-` + monthRE + `-(\d{4})\b`)
)

// numDate is a date found in digits: y, m, d, and other, the second
// reading ("YYYY-MM-DD") when day and month could be either; start and end
// are its bytes in the line.
type numDate struct {
	y, m, d    int
	other      string
	start, end int
}

// numericDate finds a date written in digits in lower-case line s.
func numericDate(s string) (numDate, bool) {
	if mm := numMonthWord.FindStringSubmatchIndex(s); mm != nil {
		nd := numDate{y: atoi(s[mm[6]:mm[7]]), m: monthNumber[s[mm[4]:mm[4]+3]], d: atoi(s[mm[2]:mm[3]]), start: mm[0], end: mm[1]}
		return nd, validDay(nd.y, nd.m, nd.d)
	}
	if mm := numYearFirst.FindStringSubmatchIndex(s); mm != nil && s[mm[4]:mm[5]] == s[mm[8]:mm[9]] {
		nd := numDate{y: atoi(s[mm[2]:mm[3]]), m: atoi(s[mm[6]:mm[7]]), d: atoi(s[mm[10]:mm[11]]), start: mm[2], end: mm[11]}
		return nd, validDay(nd.y, nd.m, nd.d)
	}
	mm := numYearLast.FindStringSubmatchIndex(s)
	if mm == nil || s[mm[4]:mm[5]] != s[mm[8]:mm[9]] {
		return numDate{}, false
	}
	a, b, y := atoi(s[mm[2]:mm[3]]), atoi(s[mm[6]:mm[7]]), atoi(s[mm[10]:mm[11]])
	nd := numDate{y: y, start: mm[2], end: mm[11]}
	dayFirst, monthFirst := validDay(y, b, a), validDay(y, a, b)
	switch {
	case dayFirst && monthFirst && a != b:
		nd.d, nd.m = a, b
		nd.other = fmt.Sprintf("%04d-%02d-%02d", y, a, b)
	case dayFirst:
		nd.d, nd.m = a, b
	case monthFirst:
		nd.d, nd.m = b, a
	default:
		return numDate{}, false
	}
	return nd, true
}

// validDay reports a calendar day of the years news pages are from.
func validDay(y, m, d int) bool {
	if y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 {
		return false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// settleReadings picks between the two readings of a numeric stamp by what
// the article says elsewhere: the month of one reading named in the text
// and not the other's, and the weekdays the text names all falling on the
// day of one reading or the day before (news says "on Tuesday" of the day
// it is written or the one just gone). Where the two signs disagree, or
// neither speaks, it gives "".
func settleReadings(first, other, text string) string {
	vote := 0
	m1, m2 := monthNamed(text, first), monthNamed(text, other)
	switch {
	case m1 && !m2:
		vote++
	case m2 && !m1:
		vote--
	}
	days := namedWeekdays(text)
	w1, w2 := weekdaysNear(days, first), weekdaysNear(days, other)
	switch {
	case w1 && !w2:
		if vote < 0 {
			return ""
		}
		vote++
	case w2 && !w1:
		if vote > 0 {
			return ""
		}
		vote--
	}
	switch {
	case vote > 0:
		return first
	case vote < 0:
		return other
	}
	return ""
}

// monthWord finds the written names of the months but May, which counts
// only beside a number, where it cannot be the verb.
var monthWord = regexp.MustCompile(`\b(January|February|March|April|June|July|August|September|October|November|December)\b`)

var mayBesideNumber = regexp.MustCompile(`\bMay\s+\d{1,2}\b|\b\d{1,2}\s+May\b`)

// monthNamed reports whether text names the month of day ("YYYY-MM-DD").
func monthNamed(text, day string) bool {
	m := time.Month(atoi(day[5:7]))
	if m == time.May {
		return mayBesideNumber.MatchString(text)
	}
	return slices.Contains(monthWord.FindAllString(text, -1), m.String())
}

var weekdayWord = regexp.MustCompile(`\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`)

// namedWeekdays lists the weekdays text names.
func namedWeekdays(text string) []time.Weekday {
	var out []time.Weekday
	for _, w := range weekdayWord.FindAllString(text, -1) {
		for d := time.Sunday; d <= time.Saturday; d++ {
			if d.String() == w {
				out = append(out, d)
			}
		}
	}
	return out
}

// weekdaysNear reports whether there are weekdays and each is that of day
// ("YYYY-MM-DD") or of the day before.
func weekdaysNear(days []time.Weekday, day string) bool {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil || len(days) == 0 {
		return false
	}
	for _, w := range days {
		if w != t.Weekday() && w != t.AddDate(0, 0, -1).Weekday() {
			return false
		}
	}
	return true
}

// numericStamp gives the day of the first date line before the article's
// end that is a numeric stamp with two readings, settled by the article's
// text or else by how the stamp is written (stamporder15.go), or that is a
// dotted stamp with a two-digit year; "" when there is none or nothing
// settles it.
func numericStamp(lines []textLine, end int, body string) string {
	for i := 0; i < end && i < len(lines); i++ {
		l := lines[i]
		if l.words > 12 || !strings.ContainsAny(l.text, "/-.") {
			continue
		}
		text := stampNote.ReplaceAllString(l.text, "") // "10/7/2019, 5:42 PM (Source: AFP)"
		first, other, _, _ := dateLineReadings(text)
		if other != "" {
			if d := settleReadings(first, other, body); d != "" {
				return d
			}
			return stampOrder(text, first, other) // stamporder15.go
		}
		if first == "" {
			if d := shortYearDate(text); d != "" {
				return d
			}
		}
	}
	return ""
}
