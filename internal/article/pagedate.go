package article

import "fmt"

// findPageDate gives the latest full date (day, month and year) written in
// a photo caption before the article's end. Wire photos are captioned with
// the day they were taken — the day of the event or just before the story —
// so when a page prints no date of its own, a caption's date is the best
// reference for "on Saturday" in the text. Comment threads and lists after
// the article are not read: their dates are other people's.
func findPageDate(lines []textLine, end int) string {
	latest := ""
	for i := 0; i < end && i < len(lines); i++ {
		l := &lines[i]
		if !hasYear(l.text) {
			continue // no full date; and the caption test is costly
		}
		l.checkPatterns()
		if !l.caption {
			continue
		}
		if d := fullDate(l.lower); d > latest {
			latest = d
		}
	}
	return latest
}

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
