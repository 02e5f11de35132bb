// Package article turns a capture (the raw bytes a crawler saved of one page)
// into a clean article: its body paragraphs and metadata.
//
// It takes a capture.Capture and gives an Article. HTML pages go through two
// well-kept extractors (trafilatura and readability) and a chooser that keeps
// the better body; plain-text captures, which hold the whole visible text of
// a page, go through a line classifier that drops menus, link and headline
// lists, comment threads, forms, share buttons and repeated captions.
// Stream runs Extract over a capture stream on a pool of workers and returns
// the articles in input order.
package article

import (
	"errors"
	"strings"
	"time"

	"storyline/internal/capture"
)

// Article is the clean text and metadata extracted from one capture. The JSON
// field names are the output contract of `storyline extract`.
type Article struct {
	Source      string  `json:"source"`
	URI         *string `json:"uri"`
	Title       string  `json:"title"`
	Published   *string `json:"published"` // YYYY-MM-DD, nil when the page does not say
	Publisher   *string `json:"publisher"`
	Language    string  `json:"language"`
	Body        string  `json:"body"`
	DuplicateOf *string `json:"duplicate_of"`
	// Kind is what sort of page the article was taken from: KindArticle,
	// KindListing, KindForum, KindProduct or KindOther. Only articles
	// report events. Text captures, which carry no markup, are articles.
	Kind string `json:"kind"`
	// PageDate is the latest full date the page writes beside the article
	// (a photo caption's "December 11, 2021"), else the date it prints as
	// its own around it (edgedate18.go), when it gives no publication
	// date: not the article's date, but the best reference for resolving
	// "on Saturday". An addition to the contract; nil when not needed.
	PageDate *string `json:"page_date,omitempty"`
	// PublishedFrom says where Published was read: the page's structured
	// data ("metadata"), a date the page prints by the article ("page"),
	// the crawl's line before a text capture ("crawl") or the page's
	// address ("address"). An addition to the contract; empty when
	// Published is nil.
	PublishedFrom string `json:"published_from,omitempty"`
	// Captured is the day the capture was made (a WARC record's date),
	// when the input says it: a page with no date of its own was written
	// by then. An addition to the contract.
	Captured *string `json:"captured,omitempty"`

	// Captions are the photo captions a text capture prints around the
	// article, left out of Body; the coder reads them when nothing else
	// on the page tells an event with two sides. Not part of the output
	// contract.
	Captions []string `json:"-"`

	// LanguageConfidence says how sure the identifier is of Language,
	// between 0 and 1; Language is "und" when the text is too short or
	// too full of names to tell. An addition to the contract.
	LanguageConfidence float64 `json:"language_confidence"`
}

// ReferenceDate is the date relative expressions in the article are read
// against: the publication date, else the page's date, else none.
func (a Article) ReferenceDate() (time.Time, bool) {
	for _, d := range []*string{a.Published, a.PageDate} {
		if d == nil {
			continue
		}
		if t, err := time.Parse(time.DateOnly, *d); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// Where Published was read (PublishedFrom).
const (
	FromMetadata = "metadata"
	FromPage     = "page"
	FromCrawl    = "crawl"
	FromAddress  = "address"
)

// Reasons a capture yields no article; test with errors.Is.
var (
	ErrNoBody      = errors.New("no article text found")
	ErrInvalidUTF8 = errors.New("text is not valid UTF-8")
)

// Extract returns the article in c. HTML is told by the content type or by
// markup at the start; everything else is read as the plain text of a page.
func Extract(c capture.Capture) (Article, error) {
	var (
		a   Article
		err error
	)
	if isHTML(c) {
		a, err = extractHTML(c)
	} else {
		a, err = extractText(c)
	}
	if err != nil {
		return Article{}, err
	}
	a.Source = c.Source
	if a.Kind == "" {
		a.Kind = KindArticle // a text capture's body is its article segment
	}
	if c.URI != "" {
		a.URI = &c.URI
	}
	if !c.FetchedAt.IsZero() {
		d := c.FetchedAt.UTC().Format(time.DateOnly)
		a.Captured = &d
	}
	if a.Published == nil {
		a.PublishedFrom = ""
	}
	if strings.TrimSpace(a.Body) == "" {
		return Article{}, ErrNoBody
	}
	a.Language, a.LanguageConfidence = identifyLanguage(a.Body)
	return a, nil
}

func isHTML(c capture.Capture) bool {
	ct := strings.ToLower(c.ContentType)
	if strings.Contains(ct, "html") {
		return true
	}
	if strings.HasPrefix(ct, "text/plain") {
		return false
	}
	head := strings.ToLower(strings.TrimSpace(string(c.Body[:min(len(c.Body), 512)])))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html")
}

// optional gives a nil pointer for the empty string: unknown is null, never "".
func optional(s string) *string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	return &s
}
