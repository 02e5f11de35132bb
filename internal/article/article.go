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
	_ "embed"
	"errors"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/RadhiFadlillah/whatlanggo"

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
	// (a photo caption's "December 11, 2021") when it gives no publication
	// date: not the article's date, but the best reference for resolving
	// "on Saturday". An addition to the contract; nil when not needed.
	PageDate *string `json:"page_date,omitempty"`
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
	if strings.TrimSpace(a.Body) == "" {
		return Article{}, ErrNoBody
	}
	if a.Language == "" {
		a.Language = language(a.Body)
	}
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

//go:embed data/languages.txt
var languagesData string

// languageOptions restricts identification to the languages listed in
// data/languages.txt.
var languageOptions = func() whatlanggo.Options {
	allow := map[whatlanggo.Lang]bool{}
	for line := range strings.Lines(languagesData) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		allow[whatlanggo.CodeToLang(line)] = true
	}
	return whatlanggo.Options{Whitelist: allow}
}()

// languageSample is how much of a body the language identifier reads: a
// trigram model is sure of a language within a few hundred bytes of prose, and the
// cost grows with the sample.
const languageSample = 512

// language identifies the body's language from its start as an ISO 639-1
// code ("" when unsure).
func language(body string) string {
	sample := body
	if len(sample) > languageSample {
		sample = sample[:languageSample]
		for !utf8.ValidString(sample) && len(sample) > languageSample-4 {
			sample = sample[:len(sample)-1]
		}
	}
	if isPlainlyEnglish(sample) {
		return "en"
	}
	info := whatlanggo.DetectWithOptions(sample, languageOptions)
	if info.Confidence < 0.1 && len(sample) < 40 {
		return ""
	}
	return info.Lang.Iso6391()
}

// englishWords are English function words that no other language in
// data/languages.txt uses as common words ("to", "by", "in", "a" are left
// out: Polish, Dutch, Italian and Spanish use them too).
var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "that": true, "for": true, "with": true, "was": true,
	"from": true, "said": true, "has": true, "his": true, "will": true, "are": true, "have": true,
	"which": true, "were": true, "its": true, "this": true, "they": true, "been": true,
	"would": true, "their": true, "who": true, "after": true,
}

// isPlainlyEnglish is a shortcut for the common case: in running English
// these words are a fifth of all words, in other languages next to none.
// Most news in a Storyline run is English, and the trigram identifier costs
// more than the rest of a text capture's extraction; anything less plain
// goes to the identifier.
func isPlainlyEnglish(sample string) bool {
	n, hits := 0, 0
	var buf [5]byte // a short word, lower-cased, for the lookup
	for i := 0; i < len(sample); {
		r, size := rune(sample[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(sample[i:])
		}
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		// A word: letters up to the next non-letter.
		start, ascii := i, true
		for i < len(sample) {
			r, size := rune(sample[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(sample[i:])
				ascii = false
			}
			if !unicode.IsLetter(r) {
				break
			}
			i += size
		}
		n++
		if w := sample[start:i]; ascii && len(w) <= len(buf) {
			for j := 0; j < len(w); j++ {
				c := w[j]
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[j] = c
			}
			if englishWords[string(buf[:len(w)])] {
				hits++
			}
		}
	}
	return n >= 30 && float64(hits) >= 0.1*float64(n)
}

// optional gives a nil pointer for the empty string: unknown is null, never "".
func optional(s string) *string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	return &s
}
