package extractbench

import (
	"bytes"
	"context"
	"io"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"storyline/internal/capture"
)

// The text classifier reads whole-page text captures: everything a browser
// shows, menus and footers included, one block a line. The benchmark has
// HTML pages, so PageText renders each page that way to check how the
// classifier does on pages it was never tuned on.

// lineBreakTags end a line of the page's text, as a browser lays out blocks.
var lineBreakTags = map[atom.Atom]bool{
	atom.Address: true, atom.Article: true, atom.Aside: true, atom.Blockquote: true,
	atom.Br: true, atom.Caption: true, atom.Dd: true, atom.Details: true, atom.Dialog: true,
	atom.Div: true, atom.Dl: true, atom.Dt: true, atom.Fieldset: true, atom.Figcaption: true,
	atom.Figure: true, atom.Footer: true, atom.Form: true, atom.H1: true, atom.H2: true,
	atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Header: true,
	atom.Hr: true, atom.Li: true, atom.Main: true, atom.Nav: true, atom.Ol: true,
	atom.P: true, atom.Pre: true, atom.Section: true, atom.Summary: true, atom.Table: true,
	atom.Tr: true, atom.Ul: true, atom.Title: true, atom.Option: true, atom.Label: true,
}

// hiddenTags show no text.
var hiddenTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Head: true,
	atom.Select: true, atom.Textarea: true,
}

// PageText renders the visible text of an HTML page, one block a line, with
// the document title first as crawlers' text extracts (WET files) give it.
func PageText(doc *html.Node) string {
	var out strings.Builder
	var line strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(line.String()), " "); s != "" {
			out.WriteString(s)
			out.WriteByte('\n')
		}
		line.Reset()
	}
	var title func(*html.Node) bool
	title = func(n *html.Node) bool {
		if n.Type == html.ElementNode && n.DataAtom == atom.Title {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				line.WriteString(c.Data)
			}
			flush()
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if title(c) {
				return true
			}
		}
		return false
	}
	title(doc)
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			line.WriteString(n.Data)
			return
		case html.ElementNode:
			if hiddenTags[n.DataAtom] || hidden(n) {
				return
			}
			if n.DataAtom == atom.Td || n.DataAtom == atom.Th || n.DataAtom == atom.Img {
				line.WriteByte(' ')
			}
		}
		block := n.Type == html.ElementNode && lineBreakTags[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(doc)
	flush()
	return out.String()
}

// hidden reports elements a browser does not show: the hidden attribute,
// display:none inline, aria-hidden.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "style":
			if s := strings.ReplaceAll(strings.ToLower(a.Val), " ", ""); strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// TextCaptures turns HTML captures into whole-page text captures (as a crawl
// that saved only text would hold them), keeping source and URI. A page
// that does not parse is left out.
func TextCaptures(caps []capture.Capture) []capture.Capture {
	out := make([]capture.Capture, 0, len(caps))
	for _, c := range caps {
		// Bytes that are valid UTF-8 are UTF-8 whatever a stale <meta>
		// says (as article's HTML path reads them); others follow the
		// declared or sniffed charset.
		var r io.Reader = bytes.NewReader(c.Body)
		if !utf8.Valid(c.Body) {
			var err error
			if r, err = charset.NewReader(r, c.ContentType); err != nil {
				continue
			}
		}
		doc, err := html.Parse(r)
		if err != nil {
			continue
		}
		text := strings.ToValidUTF8(PageText(doc), "\uFFFD")
		out = append(out, capture.Capture{Source: c.Source, URI: c.URI, ContentType: "text/plain", Body: []byte(text)})
	}
	return out
}

// RunText scores the text classifier on the benchmark's pages rendered as
// whole-page text (TextCaptures), with workers goroutines (0 = GOMAXPROCS).
// Bytes and the timings are those of the text. KeepAll is the score of
// keeping every line, the floor any classifier must beat.
func RunText(ctx context.Context, pages []Page, workers int) (classifier, keepAll Report, err error) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	htmlCaps, _, err := ReadPages(ctx, pages)
	if err != nil {
		return Report{}, Report{}, err
	}
	caps := TextCaptures(htmlCaps)
	whole := map[string]string{}
	var size int64
	for _, c := range caps {
		whole[c.Source] = string(c.Body)
		size += int64(len(c.Body))
	}
	start := time.Now()
	arts, cpu, err := ExtractAll(ctx, caps, workers)
	if err != nil {
		return Report{}, Report{}, err
	}
	elapsed := time.Since(start)
	got := map[string]string{}
	for src, a := range arts {
		got[src] = a.Body
	}
	classifier = score(pages, got)
	classifier.Elapsed, classifier.CPU = elapsed, cpu
	classifier.Bytes, classifier.Workers = size, workers
	keepAll = score(pages, whole)
	return classifier, keepAll, nil
}
