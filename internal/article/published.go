package article

import (
	"cmp"
	"regexp"
	"strings"
	"time"

	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"
)

// Publication dates. The page's own structured data (JSON-LD of an
// article, publication meta tags, <time> marked as the publication) says
// which date is the publication's; go-htmldate searches the rest of the
// page (the address, other metadata, date elements, bylines, and in its
// extensive mode the free text) and finds a date on many more pages, but
// also on pages that have none of their own: a product's or a listing's, a
// copyright year. Storyline never passes off a modified date, the crawl
// date or a site header's date as the publication date, so:
//
//   - a structured date stands, except that a UTC timestamp may fall on the
//     day after (or before) the one the page shows its readers: when the
//     finder, reading the address or the page, gives exactly the next or
//     previous day, the page's own day is taken;
//   - with no structured date, the finder's date is taken for articles and
//     forum threads; for pages of no known kind only from its fast search
//     (metadata, address, date elements), never from free text; for
//     listings and products never (their dates are their items');
//   - a finder date must write its day (a bare year or month, "© 2016" or
//     "/2010/06/", gives none) and must not be a revision: a day the page
//     declares as modified, or a date the page calls "updated";
//   - the finder runs with UseOriginalDate (publication, not modification),
//     on the page pruned of its site header, menus and footer (where the
//     site prints today's date), and never past the crawl time.

// dateClues are the dates the finder gave for a page, already cleared of
// days it does not write and of revisions.
type dateClues struct {
	cue             string // written after words that say "published" (cueDate)
	fast, extensive string
	restamp         bool // fast was read from a timestamp of the structured date's day
}

// findDates runs the finder as the page needs it: fast search first and
// the extensive one only when that finds nothing, on pages without a
// structured date; the fast one alone beside a UTC timestamp.
func findDates(doc *html.Node, pageURL string, fetched time.Time, meta htmlMeta) dateClues {
	var d dateClues
	usable := func(date, source string) string {
		if date == "" || !writesDay(date, source) || isRevision(date, source, meta.modified, meta.declared) || inFileName(source) {
			return ""
		}
		return date
	}
	switch {
	case meta.published == "":
		d.cue = usable(cueDate(doc))
		d.fast = usable(findDate(doc, pageURL, fetched, false))
		if d.fast == "" {
			d.extensive = usable(findDate(doc, pageURL, fetched, true))
		}
	case meta.utcStamp:
		var source string
		d.fast, source = findDate(doc, pageURL, fetched, false)
		d.restamp = strings.HasPrefix(strings.TrimSpace(source), meta.published)
	}
	return d
}

// publication gives the page's publication date ("" when it has none)
// from its structured date, the finder's dates and the page's kind.
func (d dateClues) publication(meta htmlMeta, kind string) string {
	switch {
	case meta.published != "":
		if d.fast != "" && localDay(d.fast, meta.published, meta.utcHour) {
			return d.fast // the day the page shows, not Greenwich's
		}
		if meta.utcStamp && meta.americas && meta.utcHour < americasDayEnd && (d.fast == "" || d.restamp) {
			// Nothing but the timestamp dates the page, and where its
			// readers live it is still the evening before.
			return dayBefore(meta.published)
		}
		return meta.published
	case kind == KindArticle || kind == KindForum:
		return cmp.Or(d.cue, d.fast, d.extensive)
	case kind == KindOther:
		return d.fast
	}
	return ""
}

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
// declares it as one (and not as any item's publication as well: a page
// is often modified the day it is published), or its source calls it one.
func isRevision(date, source, modified, declared string) bool {
	has := func(list string) bool { return strings.Contains(" "+list+" ", " "+date+" ") }
	return has(modified) && !has(declared) || revisedCue.MatchString(source)
}

var (
	fileURL     = regexp.MustCompile(`(?i)\.(jpe?g|png|gif|webp|avif|svg|css|js)\b`)
	datedFolder = regexp.MustCompile(`/\d{4}/\d{1,2}/\d{1,2}/`)
)

// inFileName reports a date read from the address of an image, style
// sheet or script that does not file it in a dated folder: a file's name
// or version stamp dates the file (a screenshot, a build), while a CMS
// files uploads under the day they were published (/2020/08/24/).
func inFileName(source string) bool {
	return fileURL.MatchString(source) && !datedFolder.MatchString(source)
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

// americasDayEnd is the UTC hour before which every time zone of the
// Americas' mainland (UTC-4 in summer to UTC-8) is on the day before.
const americasDayEnd = 4

// dayBefore gives the day before a YYYY-MM-DD day.
func dayBefore(day string) string {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return day
	}
	return t.AddDate(0, 0, -1).Format(time.DateOnly)
}

// localDay reports whether day can be the local day of a UTC timestamp
// on utcDay at utcHour: the day before when the hour is early enough for
// the Americas (UTC-3 to UTC-10) to be still on the day before, the day
// after when late enough for Asia and Oceania to be on the next.
func localDay(day, utcDay string, utcHour int) bool {
	a, errA := time.Parse(time.DateOnly, day)
	b, errB := time.Parse(time.DateOnly, utcDay)
	if errA != nil || errB != nil {
		return false
	}
	switch a.Sub(b) {
	case -24 * time.Hour:
		return utcHour < 10
	case 24 * time.Hour:
		return utcHour >= 10
	}
	return false
}
