package article

import (
	"regexp"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// Publication dates. The page's own structured data (JSON-LD of an
// article, publication meta tags, <time> marked as the publication) says
// which date is the publication's; go-htmldate searches the rest of the
// page (the address, date elements, bylines, the text) and finds a date on
// many more pages, but also on pages that have none of their own: a
// product's or a listing's, a copyright year. Storyline never passes off a
// modified date, the crawl date or a site header's date as the
// publication date, so:
//
//   - a structured date stands, except that a UTC timestamp may fall on the
//     day after (or before) the one the page shows its readers: when the
//     finder, reading the address or the page, gives exactly the next or
//     previous day, the page's own day is taken;
//   - with no structured date, the finder's date is taken for an article
//     only (see pageKind), and only when its source writes the day: a
//     bare year or month ("© 2016", "/2010/06/") gives no day;
//   - the finder runs with UseOriginalDate (publication, not modification),
//     on the page pruned of its site header, menus and footer (where the
//     site prints today's date), and never past the crawl time.

// findDate runs go-htmldate on the page ("" when it finds nothing), which
// reads a date in its address (pageURL, else its canonical link) first;
// extensive also searches the free text. fetched, when known, bounds the
// date: nothing is published after it was crawled.
func findDate(doc *html.Node, pageURL string, fetched time.Time, extensive bool) (date, source string) {
	opts := htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: !extensive, URL: pageURL}
	if !fetched.IsZero() {
		opts.MaxDate = fetched.Add(24 * time.Hour)
	}
	res, err := htmldate.FromDocument(doc, opts)
	if err != nil || res.IsZero() {
		return "", ""
	}
	return res.DateTime.Format(time.DateOnly), res.SrcString
}

// revisedCue marks a date as a revision's, not the publication's
// ("Updated", "Last modified", "Revision", "edited", and the same in the
// languages of data/languages.txt's larger news sites).
var revisedCue = regexp.MustCompile(`(?i)updat|modif|revis|edited|aktualisier|geändert|mis à jour|actualiz|atualiz|aggiorna|bijgewerkt`)

// isRevision reports a finder date that is a modified date: the page
// declares it as one, or its source calls it one.
func isRevision(date, source, modified string) bool {
	return strings.Contains(" "+modified+" ", " "+date+" ") || revisedCue.MatchString(source)
}

// dayOne matches a day written as 1 or 01.
var dayOne = regexp.MustCompile(`(^|\D)0?1(\D|$)`)

// writesDay reports whether the finder's source text gives the day of
// date: the finder fills a missing day (and month) with 1.
func writesDay(date, source string) bool {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return false
	}
	switch {
	case t.Day() != 1:
		return true
	case t.Month() == time.January:
		// The first of January is what a bare year or an empty field
		// becomes far more often than the day a page was published.
		return false
	}
	// Take the year out so that "2021" does not count as a 1.
	return dayOne.MatchString(regexp.MustCompile(`\d{4}`).ReplaceAllString(source, " "))
}

// oneDayApart reports whether two YYYY-MM-DD dates are consecutive days.
func oneDayApart(a, b string) bool {
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	if errA != nil || errB != nil {
		return false
	}
	d := ta.Sub(tb)
	return d == 24*time.Hour || d == -24*time.Hour
}
