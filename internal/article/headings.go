package article

import (
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page of sections (a service's landing page, a guide, a FAQ) gives each
// block of text a heading of its own, and the heading is part of what the
// page says. Both extractors can lose them while keeping the text below:
// trafilatura, when it finds no main container, gathers the page's
// paragraphs, lists and tables but no headings; readability drops headings
// its scoring finds short. So a heading whose section text the body keeps
// is put back before that text, on a body that lost most of the headings
// of the text it holds.

// sectionHeading is a heading of the page (h2 to h6; h1 is the page's
// title) and the first words of the text that follows it.
type sectionHeading struct {
	text  string   // as rendered
	words []string // lower-case words of text
	next  []string // lower-case words after it, up to nextWords
}

const (
	nextWords  = 8 // words after a heading that find its section in the body
	matchWords = 3 // words a body paragraph must share with them, at least

	minRestored = 2 // headings put back on a page, at least
)

// sectionLevels is how far up from a heading its section's text is looked
// for: a heading and its text sit in one container, often each wrapped in
// a column of its own; text further away is another part of the page.
const sectionLevels = 3

// sectionHeadings gives the page's headings h2–h6 in document order, each
// with the first words of the text after it in its section. A heading that
// is a link is the headline of another page (related stories, a menu), not
// a section's.
func sectionHeadings(doc *html.Node) []sectionHeading {
	var heads []sectionHeading
	var walk func(*html.Node, bool)
	walk = func(n *html.Node, inLink bool) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTags[tagAtom(c)] {
				continue
			}
			if !isSubheading(tagAtom(c)) {
				walk(c, inLink || tagAtom(c) == atom.A)
				continue
			}
			text := strings.Join(strings.Fields(nodeText(c)), " ")
			w := words(text)
			if len(w) == 0 || inLink || isLinkText(c) {
				continue
			}
			heads = append(heads, sectionHeading{text: text, words: w, next: textAfter(c)})
		}
	}
	walk(doc, false)
	return heads
}

// textAfter gives the first nextWords words after n within sectionLevels
// of its ancestors, leaving out the text of other headings; none when the
// first of them are a link's: a heading over links (related stories, a
// menu, share buttons) heads furniture, not a section of text.
func textAfter(n *html.Node) []string {
	var out []string
	stop := false
	var collect func(*html.Node, bool)
	collect = func(n *html.Node, inLink bool) {
		for ; n != nil && !stop && len(out) < nextWords; n = n.NextSibling {
			switch {
			case n.Type == html.TextNode:
				w := words(n.Data)
				if len(w) > 0 && len(out) == 0 && inLink {
					stop = true
					return
				}
				out = append(out, w[:min(len(w), nextWords-len(out))]...)
			case n.Type != html.ElementNode, skipTags[tagAtom(n)]:
			case isSubheading(tagAtom(n)) && !inLink && !isLinkText(n): // a subheading
			default:
				collect(n.FirstChild, inLink || tagAtom(n) == atom.A)
			}
		}
	}
	for level := 0; n != nil && level < sectionLevels && !stop && len(out) < nextWords; level++ {
		collect(n.NextSibling, false)
		n = n.Parent
	}
	if stop {
		return nil
	}
	return out
}

// isLinkText reports whether all of n's text is inside links.
func isLinkText(n *html.Node) bool {
	linked := false
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool { // false: text outside a link
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if strings.TrimSpace(c.Data) != "" {
					return false
				}
			case c.Type == html.ElementNode && tagAtom(c) == atom.A:
				linked = true
			case c.Type == html.ElementNode:
				if !walk(c) {
					return false
				}
			}
		}
		return true
	}
	return walk(n) && linked
}

func isSubheading(a atom.Atom) bool {
	switch a {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// restoreHeadings puts each heading the body lacks before the paragraph its
// section's text starts, taking the headings and paragraphs in order so a
// heading repeated on the page goes to its own copy of the text.
func restoreHeadings(body string, heads []sectionHeading) string {
	if len(heads) == 0 || strings.TrimSpace(body) == "" {
		return body
	}
	paras := strings.Split(body, "\n\n")
	keys := make([][]string, len(paras))
	for i, p := range paras {
		keys[i] = words(p)
	}
	before := map[int][]string{}
	cursor, last, from, kept, restored := 0, -1, 0, 0, 0
	for _, h := range heads {
		if len(h.next) == 0 {
			continue
		}
		for i := cursor; i < len(paras); i++ {
			if !startsAlike(keys[i], h.next) {
				continue
			}
			if i != last { // a new section: the heading may be in the paragraphs since the last
				from, last = last+1, i
			}
			if headingKept(keys[from:i+1], h.words) {
				kept++
			} else {
				before[i] = append(before[i], h.text)
				restored++
			}
			cursor = i // several headings can open one section
			break
		}
	}
	// One heading missing is as often a widget's title as a section's; an
	// extractor that kept most of the headings judged the rest.
	if restored < minRestored || restored <= kept {
		return body
	}
	out := make([]string, 0, len(paras)+len(before))
	for i, p := range paras {
		out = append(out, before[i]...)
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}

// startsAlike reports whether a paragraph's words begin as the words after
// a heading do: all the shorter of the two, and matchWords at least unless
// the paragraph is the whole of them.
func startsAlike(para, next []string) bool {
	m := min(len(para), len(next))
	if m == 0 || (m < matchWords && len(para) != len(next)) {
		return false
	}
	return slices.Equal(para[:m], next[:m])
}

// headingKept reports whether the paragraphs hold the heading's words in a
// row from the start of one of them: as a paragraph, run into its text, or
// broken over lines.
func headingKept(paras [][]string, heading []string) bool {
	for k := range paras {
		rest := heading
		for _, p := range paras[k:] {
			n := min(len(p), len(rest))
			if !slices.Equal(p[:n], rest[:n]) {
				break
			}
			if rest = rest[n:]; len(rest) == 0 {
				return true
			}
		}
	}
	return false
}
