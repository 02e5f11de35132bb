package article

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// findPageDate gives the latest full date (day, month and year) written in
// a photo caption before the article's end. Wire photos are captioned with
// the day they were taken — the day of the event or just before the story —
// so when a page prints no date of its own, a caption's date is the best
// reference for "on Saturday" in the text. Comment threads and lists after
// the article are not read: their dates are other people's.
func findPageDate(lines []textLine, end int) string {
	latest := ""
	for i := 0; i < end+maxGap && i < len(lines); i++ {
		l := &lines[i]
		if !hasYear(l.text) {
			continue // no full date; and the caption test is costly
		}
		if i >= end {
			if !postAttribution.MatchString(l.lower) {
				continue // after the article, only an embedded post's line
			}
		} else if l.checkPatterns(); !l.caption && !(i+1 < len(lines) && bareCredit.MatchString(lines[i+1].lower)) {
			continue
		}
		d := fullDate(l.lower)
		if d == "" {
			continue
		}
		if wd := weekdayDate(l.lower, d); wd > d {
			d = wd // "made on March 28, 2018 ... said Tuesday, Dec. 11": a file photo's caption
		}
		if d > latest {
			latest = d
		}
	}
	return latest
}

// A page also prints dates beside the article in two forms a caption test
// on the line itself does not see: a photo caption whose credit stands on
// the next line alone ("Nathan Doe | Reuters", "Jane Roe | Anadolu Agency |
// Getty Images"), and an embedded post's attribution ("— The Ministry
// (@ministry) September 2, 2025"), which closes the post, often after the
// article's last paragraph when the page is cut short.
var (
	bareCredit      = regexp.MustCompile(`^[\p{L} .'-]{3,40}(?:\s*\|\s*[\p{L} .'-]{2,40}){0,2}\s*\|\s*(?:reuters|ap|afp|getty images|epa|bloomberg|xinhua|anadolu agency|anadolu|aap|pool|afp via getty images)\s*$`)
	postAttribution = regexp.MustCompile(`^[—–-]+\s*[^()]{1,60}\(@\w{1,30}\)\s+` + monthRE + `\s+\d{1,2},\s+\d{4}\s*$`)
)

// weekdayDate finds a weekday beside a month and day with no year
// ("tuesday, dec. 11") in lower-case text and dates it in the year of
// full, or the year after, whichever puts the day on that weekday.
func weekdayDate(lower, full string) string {
	mm := dateWeekdayMD.FindStringSubmatch(lower)
	if mm == nil {
		return ""
	}
	y, m, d := atoi(full[:4]), monthNumber[mm[2][:3]], atoi(mm[3])
	for _, yy := range []int{y, y + 1} {
		t := time.Date(yy, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if t.Day() == d && strings.HasPrefix(mm[1], strings.ToLower(t.Weekday().String()[:3])) {
			return t.Format(time.DateOnly)
		}
	}
	return ""
}

var dateWeekdayMD = regexp.MustCompile(`\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+` + monthRE + `\.?\s+(\d{1,2})\b(?:,?\s+\d{4})?`)

// fullDate finds a written date with its year ("december 11, 2021",
// "11 december 2021", "2021-12-11") in lower-case text.
func fullDate(lower string) string {
	var y, m, d int
	if mm := dateMDY.FindStringSubmatch(lower); mm != nil {
		m, d, y = monthNumber[mm[1][:3]], atoi(mm[2]), atoi(mm[3])
	} else if mm := dateDMY.FindStringSubmatch(lower); mm != nil {
		d, m, y = atoi(mm[1]), monthNumber[mm[2][:3]], atoi(mm[3])
	} else if mm := dateISO.FindStringSubmatch(lower); mm != nil {
		y, m, d = atoi(mm[1]), atoi(mm[2]), atoi(mm[3])
	} else {
		return ""
	}
	if m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100 {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}
