package article

import (
	"regexp"
	"strings"
)

// A page that prints no publication date the extractor reads may still
// print its day on the lines around the article, in forms a reader takes
// for the page's own: a post's date with its weekday over its headline or
// under its byline ("Saturday, March 7, 2015"), a headline run into its
// stamp ("... over the minister's remarks on March 7, 2015 at 9:40 am"),
// a foot line that says where the story ran ("Published in The Daily
// Courier, March 7th 2015."). None of them is read as the publication date
// (a weekday's date at the top of a page is often the site's "today"
// banner, findPublished); each is the page date, the day the story's
// weekdays and "this morning" are read against, as a photo caption's date
// is (findPageDate).

// edgeDate is the date of the nearest such line above the article's first
// line (at most edgeLookback lines up) or of the line right under its
// last, or "". A date with none of these marks (a sentence of a summary, a
// file photo's caption) is the day of something the page tells, not the
// page's. A weekday's date with no time and no label is the post's only
// where a post's date stands: on the line right above its headline, or
// under the byline under it; a site's "today" banner stands apart, above
// the site's name or menu, or over a page whose headline it does not
// touch. A page whose title or body (text) writes a full date of its own
// is read against that (the coder's textReference), and gets none.
func edgeDate(lines []textLine, start, end int, title, text string) string {
	if hasYear(text) && fullDate(strings.ToLower(text)) != "" {
		return ""
	}
	for i := start - 1; i >= 0 && i >= start-edgeLookback; i-- {
		d, weekdayOnly := ownDate(&lines[i])
		if d != "" && (!weekdayOnly || byHeadline(lines, i, title)) {
			return d
		}
	}
	if end >= 0 && end < len(lines) {
		if d, weekdayOnly := ownDate(&lines[end]); !weekdayOnly {
			return d
		}
	}
	return ""
}

const edgeLookback = 6 // the headline, a byline, a banner and a photo above the article

// byHeadline reports a line i that stands right above the headline, or
// right under a byline ("By Ann Writer") that stands under it.
func byHeadline(lines []textLine, i int, title string) bool {
	if title == "" {
		return false
	}
	if i+1 < len(lines) && lines[i+1].text == title {
		return true
	}
	return i >= 2 && lines[i-2].text == title && strings.HasPrefix(lines[i-1].lower, "by ")
}

// ownDate is the full date of line l when the line marks it as the page's
// own: a weekday right before it, a time of day right after it, or
// "published" or "posted" before it; weekdayOnly when the weekday is the
// only mark.
func ownDate(l *textLine) (date string, weekdayOnly bool) {
	if l.words > headMaxWords || !hasYear(l.text) {
		return "", false
	}
	for _, re := range []*regexp.Regexp{dateMDY, dateDMY, dateISO} {
		loc := re.FindStringIndex(l.lower)
		if loc == nil {
			continue
		}
		before, after := l.lower[:loc[0]], l.lower[loc[1]:]
		timed := clockAfter.MatchString(after) || strings.Contains(before, "published") || strings.Contains(before, "posted")
		if !timed && !weekdayBefore.MatchString(before) {
			return "", false
		}
		return fullDate(l.lower[loc[0]:loc[1]]), !timed
	}
	return "", false
}

// The marks ownDate reads around a date: a weekday that ends the text
// before it ("Saturday, March 7, 2015"), a time of day that opens the
// text after it ("March 7, 2015 at 9:40 am").
var (
	weekdayBefore = regexp.MustCompile(weekdayRE + `\.?,?\s*$`)
	clockAfter    = regexp.MustCompile(`^[\s,|]*(?:at\s+)?\d{1,2}:\d{2}`)
)
