package article

import (
	"fmt"
	"regexp"
	"strings"
)

// How a numeric stamp is written settles the order of its day and month
// when the article's words do not (settleReadings). The month-first order
// is the United States', whose pages tell the time on the twelve-hour
// clock ("10/7/2019, 5:42 PM"); the day-first world writes the
// twenty-four-hour clock ("19:48 11/01/2020", "04/06/2025 02h14") and is
// alone in parting day, month and year with dots ("09.10.2019",
// "04.12.19 18:00", the German and Russian form). A stamp with neither
// sign stays unread, as before.

var (
	// stampClock is a time of day and its am or pm, if any.
	stampClock = regexp.MustCompile(`\b\d{1,2}(?::|h)\d{2}(?::\d{2})?\s*([ap]\.?m\b\.?)?`)
	// shortYearStamp is a dotted day, month and two-digit year alone on
	// its line, perhaps with a time of day ("04.12.19 18:00").
	shortYearStamp = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{2})(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)
	// stampNote is a parenthesis closing a stamp's line: "(Source: AFP)",
	// "(Updated)", "(local time)".
	stampNote = regexp.MustCompile(`\s*\([^()]{1,40}\)\s*$`)
)

// stampOrder gives the reading of line's numeric date that the way it is
// written settles, first (day first) or other (month first), or "".
func stampOrder(line, first, other string) string {
	lower := strings.ToLower(line)
	nd, ok := numericDate(lower)
	if !ok || nd.other == "" {
		return ""
	}
	if strings.Contains(lower[nd.start:nd.end], ".") {
		return first
	}
	rest := lower[:nd.start] + " " + lower[nd.end:]
	m := stampClock.FindStringSubmatch(rest)
	switch {
	case m == nil:
		return ""
	case m[1] != "":
		return other
	}
	return first
}

// shortYearDate reads a line that is only a dotted stamp with a two-digit
// year ("04.12.19 18:00"), day first, as a day of this century.
func shortYearDate(line string) string {
	m := shortYearStamp.FindStringSubmatch(strings.TrimSpace(line))
	if m == nil {
		return ""
	}
	y, mo, d := 2000+atoi(m[3]), atoi(m[2]), atoi(m[1])
	if !validDay(y, mo, d) {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, mo, d)
}
