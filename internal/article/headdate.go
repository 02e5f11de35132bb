package article

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The page's date line at the head of a text capture. News pages print
// the story's date near the headline, and the plain text of a page keeps
// it on a line of its own, but seldom as a date alone: a label beside it
// on a line of other furniture ("In Economy, Trade   Last Updated: May
// 19, 2019", "Last Update: 2020-01-06 00:00:00- Source: Daily News"), an
// outlet or a byline run into it ("Xinhua, July 12, 2016 Adjust font
// size:", "By Ann WriterJul 23, 2025", "The Courier14-07-2025", "Rome
// (AFP) March 13, 2020"), a stamp with a relative age ("February 28, 2020
// / 8:05 PM / a few seconds ago"), or the page's own address followed by
// its date (a citation line). dateLine reads none of these: they hold
// words besides the date. headDate reads them, on the lines before the
// article only, and only in those shapes: a dated sentence ("Trump met
// Putin on July 16, 2018.") is never a date line, above the article or in
// it.

const (
	headMaxWords   = 25 // a date line with its furniture is short
	headNameWords  = 6  // words of an outlet or byline before the date
	headTrailWords = 5  // words of furniture after the date
)

var (
	// headLabel ends the text before a date that the page labels as its
	// own: "Published:", "Posted on", "Last Updated:", "Date:".
	headLabel = regexp.MustCompile(`\b(published|posted|updated|update|modified|date)(?:\s+(?:on|at))?\s*[:\-–—|]?\s*$`)
	// headDrop are the parts of a stamp besides its date that a date line
	// may carry: times, weekdays, zones, relative ages.
	headDrop  = regexp.MustCompile(`\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\b\.?|\b(?:utc|gmt|ist|est|edt|et|pt|pst|pdt|bst|cet|cest|jst|kst|hkt|sgt|aest)\b|\b(?:a few|\d+|an?)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago\b`)
	headURL   = regexp.MustCompile(`https?://\S+`)
	headNamed = []*regexp.Regexp{dateMDY, dateDMY, dateISO}
)

// headSpan is one date written on a line, by its byte span.
type headSpan struct {
	start, end int
	date       string
}

// headDate gives the page's date from a date line with furniture among
// the lines before the article ([0, start)): a labelled date on any such
// line, else a date an outlet or byline stands before, else a date that
// opens a stamp. Lines of more than headMaxWords words, captions and
// prose are never date lines, save a labelled one. A weekday's date alone
// on its line, which findPublished leaves as a site's banner, counts right
// under the headline (title). A date labelled as the last update is
// taken only when nothing else dates the page (the bool says so):
// the caller tries the page's address first. "" when none.
func headDate(lines []textLine, start int, title string) (string, bool) {
	var labelled, revised, plain string
	for i := max(0, start-titleLookback); i < start && i < len(lines); i++ {
		l := &lines[i]
		if l.words > headMaxWords || !hasYear(l.text) {
			continue
		}
		l.checkPatterns()
		if l.caption {
			continue
		}
		text := unglue(l.text)
		lower := lowerAligned(text)
		spans := headSpans(lower)
		for k, sp := range spans {
			before := lower[:sp.start]
			if m := headLabel.FindStringSubmatch(before); m != nil {
				if m[1] == "published" || m[1] == "posted" || m[1] == "date" {
					if labelled == "" {
						labelled = sp.date
					}
				} else if revised == "" {
					revised = sp.date
				}
				continue
			}
			if l.date != "" && l.weekday && !l.clock && i > 0 && title != "" && lines[i-1].text == title {
				// A weekday's date right under the headline is the
				// story's, not the site's "today" banner above it.
				plain = l.date
				continue
			}
			if l.prose || l.date != "" {
				continue // a sentence; a date alone is findPublished's
			}
			// The date an outlet stands before is the line's: "Saturday,
			// 14 March 2020 () Rome (AFP) March 13, 2020" gives March 13.
			prev := 0
			if k > 0 {
				prev = spans[k-1].end
			}
			next := len(lower)
			if k+1 < len(spans) {
				next = spans[k+1].start
			}
			if byName(text[prev:sp.start]) && trailing(text[sp.end:next], k+1 == len(spans)) {
				plain = sp.date
			}
		}
	}
	switch {
	case labelled != "":
		return labelled, false
	case plain != "":
		return plain, false
	}
	return revised, revised != ""
}

// headSpans finds the full dates of a lower-case line: with the month
// named, in ISO order, else one numeric date whose order the line
// settles (14-07-2025; not 10/08/2018).
func headSpans(lower string) []headSpan {
	var spans []headSpan
	for _, re := range headNamed {
		for _, mm := range re.FindAllStringIndex(lower, -1) {
			overlap := false
			for _, s := range spans {
				if mm[0] < s.end && s.start < mm[1] {
					overlap = true
				}
			}
			if d := fullDate(lower[mm[0]:mm[1]]); d != "" && !overlap {
				spans = append(spans, headSpan{mm[0], mm[1], d})
			}
		}
	}
	if len(spans) == 0 {
		if nd, ok := numericDate(lower); ok && nd.other == "" {
			spans = append(spans, headSpan{nd.start, nd.end, fmt.Sprintf("%04d-%02d-%02d", nd.y, nd.m, nd.d)})
		}
	}
	for i := 1; i < len(spans); i++ { // in the order of the line
		for j := i; j > 0 && spans[j].start < spans[j-1].start; j-- {
			spans[j], spans[j-1] = spans[j-1], spans[j]
		}
	}
	return spans
}

// unglue puts a space where a page's text runs a name into the date that
// follows it ("By Ann WriterJul 23, 2025", "The Courier14-07-2025"): a
// lower-case letter before a capital, a letter before a digit. Every
// other byte keeps its place but for the spaces put in.
func unglue(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if unicode.IsLower(prev) && unicode.IsUpper(r) || unicode.IsLetter(prev) && unicode.IsDigit(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

// byName reports text before a date that an outlet, a byline, a place
// or the page's address can be, and nothing else: capitalised words, "by",
// an address, punctuation, times and weekdays. No words at all is a stamp
// opening the line.
func byName(s string) bool {
	s = headURL.ReplaceAllString(s, " ")
	s = headDrop.ReplaceAllString(s, " ")
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,:;()[]|/-–—•·'\"’“”")
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsLetter(r) {
			continue
		}
		n++
		if !unicode.IsUpper(r) && !strings.EqualFold(w, "by") {
			return false
		}
	}
	return n <= headNameWords
}

// trailing reports text after a date that a date line can end with: a few
// words of furniture ("Adjust font size:", "(Source: Wire)", "/ 8:05 PM /
// a few seconds ago"), not the rest of a sentence. last says no other
// date follows on the line.
func trailing(s string, last bool) bool {
	s = headDrop.ReplaceAllString(s, " ")
	n := 0
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,:;()[]|/-–—•·'\"’“”")
		r, _ := utf8.DecodeRuneInString(w)
		if w != "" && unicode.IsLetter(r) {
			n++
		}
	}
	if n > headTrailWords {
		return false
	}
	// A sentence ends with a full stop after its words; a citation's date
	// may end with one ("..., 28 January 2019.").
	t := strings.TrimSpace(s)
	return !(last && n > 0 && strings.HasSuffix(t, "."))
}
