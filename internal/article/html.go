package article

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"codeberg.org/readeck/go-readability/v2"
	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/transform"

	"storyline/internal/capture"
)

// extractHTML decodes the page by its declared (or sniffed) charset, parses
// it once, runs both extractors on the tree and keeps the better body.
func extractHTML(c capture.Capture) (Article, error) {
	// Scripting off: a page rendered by script gives its text to clients
	// without scripts in <noscript>, which is then parsed as markup.
	doc, err := html.ParseWithOptions(decodeHTML(c.Body, c.ContentType), html.ParseOptionEnableScripting(false))
	if err != nil {
		return Article{}, fmt.Errorf("parse HTML: %w", err)
	}
	var pageURL *url.URL
	if c.URI != "" {
		pageURL, _ = url.Parse(c.URI)
	}
	// Metadata first: readability changes the tree as it works.
	meta := pageMetadata(doc)
	paragraphWords := pruneInert(doc)
	showPanels(doc)
	// The date finder reads the pruned page before readability changes it.
	dates := findDates(doc, c.URI, c.FetchedAt, meta)
	var thread string
	if meta.signs.posts >= 2 || meta.signs.forum {
		thread = threadText(doc)
	}
	heads := sectionHeadings(doc) // before readability changes the tree
	cands := htmlCandidates(doc, pageURL, paragraphWords, meta.signs.shop())
	body := chooseBody(cands.trafilatura, cands.readability, meta.signs)
	if cands.rescued && strings.TrimSpace(cands.readability) != "" {
		body = cands.readability
	}
	body = restoreHeadings(body, heads)
	if countWords(thread) > countWords(body) && !meta.signs.article {
		body = thread // a thread whose posts the extractors cut to one
	}
	a := Article{
		Title:     meta.title,
		Body:      body,
		Published: optional(meta.published),
		Publisher: optional(meta.publisher),
		Language:  cands.language,
	}
	if a.Title == "" {
		a.Title = cands.title
	}
	// With no article, trafilatura falls back to the page title: that is
	// not a body. (Only a body about as short as a title can be one.)
	if len(a.Body) <= 2*max(len(a.Title), len(cands.title))+16 {
		if b := strings.Join(words(a.Body), " "); b == strings.Join(words(a.Title), " ") || b == strings.Join(words(cands.title), " ") {
			a.Body = ""
		}
	}
	// The headline is the title, not the body's first paragraph.
	if first, rest, ok := strings.Cut(a.Body, "\n\n"); ok && a.Title != "" &&
		strings.Join(words(first), " ") == strings.Join(words(a.Title), " ") {
		a.Body = rest
	}
	a.Kind = pageKind(meta.signs, a.Body, meta.published != "" || dates.cue != "" || dates.fast != "" || dates.extensive != "")
	a.Published = optional(dates.publication(meta, a.Kind))
	switch {
	case a.Published == nil:
	case meta.published != "":
		a.PublishedFrom = FromMetadata
	case *a.Published == dateInAddress(c.URI):
		a.PublishedFrom = FromAddress // the finder reads the address first
	default:
		a.PublishedFrom = FromPage
	}
	return a, nil
}

// metaCharset finds a charset declared in a meta element anywhere in the
// head, which may lie past the first kilobyte that the standard prescan reads.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// decodeHTML gives a reader of the page in UTF-8. A charset in the
// Content-Type (or a byte order mark) is followed as given. Otherwise a page
// whose bytes are valid UTF-8 with non-ASCII text is read as UTF-8 even when
// a meta element claims a legacy charset: CMS templates often keep a stale
// declaration, while legacy-encoded text is almost never valid UTF-8 by chance.
func decodeHTML(body []byte, contentType string) io.Reader {
	e, _, certain := charset.DetermineEncoding(body, contentType)
	if !certain {
		switch {
		case utf8.Valid(body):
			return bytes.NewReader(body)
		default:
			head := body[:min(len(body), 64<<10)]
			if m := metaCharset.FindSubmatch(head); m != nil {
				if le, _ := charset.Lookup(string(m[1])); le != nil {
					e = le
				}
			}
		}
	}
	if e == encoding.Nop { // UTF-8, as declared or sniffed
		if !utf8.Valid(body) {
			// Stray bytes would pass through the parser into the article.
			body = bytes.ToValidUTF8(body, []byte("\uFFFD"))
		}
		return bytes.NewReader(body)
	}
	return transform.NewReader(bytes.NewReader(body), e.NewDecoder())
}

// candidates are the bodies the two extractors propose for one page.
type candidates struct {
	trafilatura string
	readability string
	title       string
	language    string // trafilatura identifies it from its body anyway
	rescued     bool   // trafilatura found no main content and gave the page's paragraphs
}

// rescueText is the text of the marker offered to trafilatura as a fallback
// candidate: longer than its minimum extraction size (250 characters) and
// no page's text.
const rescueWord = "storyline-no-main-content"

var rescueText = strings.Repeat(rescueWord+" ", 11)

func rescueMarker() *html.Node {
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: rescueText})
	div := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	div.AppendChild(p)
	return div
}

// htmlCandidates runs trafilatura on the page and readability only when
// the chooser could prefer its body (needsReadability); paragraphWords is
// the count of words in the page's <p> elements.
func htmlCandidates(doc *html.Node, pageURL *url.URL, paragraphWords int, shop bool) candidates {
	var c candidates
	opts := trafilatura.Options{
		OriginalURL:     pageURL,
		ExcludeComments: true,
		// Recall focus: the chooser below drops trafilatura's body when it
		// carries extra furniture that readability left out.
		Focus:        trafilatura.FavorRecall,
		HtmlDateMode: trafilatura.Disabled,
	}
	if shop {
		// A shop's page is mostly prices, options and offers around a
		// few lines of description: recall keeps them all.
		opts.Focus = trafilatura.Balanced
	}
	// Trafilatura works on copies of the tree; readability, last, may
	// change it in place, which saves a copy of the whole page.
	if opts.Focus == trafilatura.FavorRecall {
		// Offered as a fallback, the marker is taken exactly when
		// trafilatura's own extraction is under its minimum size, where it
		// would rescue the page with every paragraph it holds.
		opts.EnableFallback = true
		opts.FallbackCandidates = &trafilatura.FallbackCandidates{Others: []*html.Node{rescueMarker()}}
	}
	if res, err := trafilatura.ExtractDocument(doc, opts); err == nil && res != nil {
		c.trafilatura = trafilaturaText(res.ContentNode)
		c.title = res.Metadata.Title
		c.language = res.Metadata.Language
	}
	if strings.Contains(c.trafilatura, rescueWord) {
		// Trafilatura found no main content: its rescue is the page's
		// paragraphs, kept only when readability finds nothing either.
		c.rescued = true
		opts.EnableFallback, opts.FallbackCandidates = false, nil
		c.trafilatura = ""
		if res, err := trafilatura.ExtractDocument(doc, opts); err == nil && res != nil {
			c.trafilatura = trafilaturaText(res.ContentNode)
		}
	}
	if !c.rescued && !needsReadability(c.trafilatura, paragraphWords) {
		return c
	}
	parser := readability.NewParser()
	parser.DisableJSONLD = true // the metadata comes from pageMetadata
	if art, err := parser.ParseAndMutate(doc, pageURL); err == nil && art.Node != nil {
		c.readability = nodeText(art.Node)
		if c.title == "" {
			c.title = art.Title()
		}
	}
	return c
}

// inertTags hold nothing either extractor keeps: both drop them in their own
// cleaning, but only after walking and copying them (trafilatura copies the
// whole tree three times), and inline SVG icons alone can be a large part
// of a page's nodes.
var inertTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Nav: true, atom.Aside: true, atom.Footer: true,
}

// pruneInert removes comments and inert elements from the tree, keeping the
// JSON-LD scripts that trafilatura reads its metadata (and, with no article
// found, a body) from, and a site's header (isSiteHeader). It gives the
// number of words left in <p> elements.
func pruneInert(doc *html.Node) (paragraphWords int) {
	return pruneUnder(doc, false, false, false)
}

// pruneUnder prunes the children of n; inP: n is in a <p>, inArticle: n is
// in an <article> or <main>.
func pruneUnder(n *html.Node, inP, inArticle, inBody bool) (paragraphWords int) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.Noscript && inBody && holdsText(c):
			// Content for clients without scripts (forum threads, whole
			// apps): the page itself, not an inert fallback.
			paragraphWords += pruneUnder(c, inP, inArticle, inBody)
		case c.Type == html.CommentNode,
			c.Type == html.ElementNode && inertTags[c.DataAtom] && !isJSONLD(c),
			c.Type == html.ElementNode && isClosed(c),
			!inArticle && isSiteHeader(c):
			n.RemoveChild(c)
		case c.Type == html.TextNode && inP:
			paragraphWords += countWords(c.Data)
		case c.Type == html.ElementNode || c.Type == html.DocumentNode:
			paragraphWords += pruneUnder(c, inP || c.DataAtom == atom.P,
				inArticle || c.DataAtom == atom.Article || c.DataAtom == atom.Main, inBody || c.DataAtom == atom.Body)
		}
		c = next
	}
	return paragraphWords
}

// isClosed reports an element the browser does not show until it is
// opened: a popover, a dialog without the open attribute.
func isClosed(n *html.Node) bool {
	open, popover := false, false
	for _, a := range n.Attr {
		switch a.Key {
		case "popover":
			popover = true
		case "open":
			open = true
		}
	}
	return popover || n.DataAtom == atom.Dialog && !open
}

// isSiteHeader reports a <header> that holds the site's menus: a navigation
// or a list, and no main heading. Outside the article such a header is the
// masthead, often a sixth of a page's nodes; a header holding the page's
// <h1> may be the article's own (headline, standfirst) and stays.
func isSiteHeader(n *html.Node) bool {
	if n.Type != html.ElementNode || n.DataAtom != atom.Header {
		return false
	}
	menu, h1 := false, false
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && !h1; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Nav, atom.Ul, atom.Ol, atom.Menu:
				menu = true
			case atom.H1:
				h1 = true
			}
			walk(c)
		}
	}
	walk(n)
	return menu && !h1
}

// noscriptText is the words a <noscript> must hold to be kept: notices
// ("Please enable JavaScript") and tracking pixels hold a few at most.
const noscriptText = 40

// holdsText reports whether n's text has noscriptText words or more.
func holdsText(n *html.Node) bool {
	words := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode {
				if words += countWords(c.Data); words >= noscriptText {
					return true
				}
			} else if c.Type == html.ElementNode && walk(c) {
				return true
			}
		}
		return false
	}
	return walk(n)
}

// countWords counts runs of bytes other than ASCII white space: cheap, and
// exact enough for comparing amounts of text.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\t', '\n', '\r', '\f':
			in = false
		default:
			if !in {
				n++
			}
			in = true
		}
	}
	return n
}

func isJSONLD(n *html.Node) bool {
	return n.DataAtom == atom.Script && strings.Contains(attr(n, "type"), "ld+json")
}
