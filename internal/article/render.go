package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockTags start a new paragraph of text: the body keeps the page's
// paragraphs apart with a blank line so later stages see them.
var blockTags = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true,
	atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true,
	atom.Figure: true, atom.Figcaption: true, atom.Header: true, atom.Footer: true,
	atom.Main: true, atom.Aside: true, atom.Hr: true, atom.Address: true, atom.Details: true,
	atom.Summary: true, atom.Caption: true, atom.Form: true, atom.Nav: true,
}

// skipTags hold no readable text.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true,
}

// nodeText renders the visible text under n as paragraphs separated by a
// blank line, with white space inside a paragraph folded to single spaces.
// Extractors that keep their own tag names (trafilatura's "head", "list",
// "item") are handled by name.
func nodeText(n *html.Node) string { return renderText(n, false) }

// trafilaturaText is nodeText for trafilatura's tree, which trims the text
// beside inline elements ("If <code>indent</code> is" comes out as three
// pieces without spaces): a space is put at each inline element's edges, as
// trafilatura's own text output does.
func trafilaturaText(n *html.Node) string { return renderText(n, true) }

func renderText(n *html.Node, spaceInline bool) string {
	if n == nil {
		return ""
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(cur.String()), " "); s != "" {
			paras = append(paras, s)
		}
		cur.Reset()
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return
		case html.ElementNode:
			if skipTags[tagAtom(n)] {
				return
			}
			if tagAtom(n) == atom.Br {
				cur.WriteByte(' ')
				flush()
				return
			}
			if a := tagAtom(n); a == atom.Td || a == atom.Th {
				cur.WriteByte(' ')
			}
		}
		block := n.Type == html.ElementNode && (blockTags[tagAtom(n)] || isTrafilaturaBlock(n.Data))
		inline := spaceInline && n.Type == html.ElementNode && !block
		if block {
			flush()
		}
		if inline {
			cur.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
		if inline {
			cur.WriteByte(' ')
		}
	}
	walk(n)
	flush()
	return strings.Join(paras, "\n\n")
}

// tagAtom is the element's atom; trees built by extractors may set only the
// tag name.
func tagAtom(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(n.Data))
}

func isTrafilaturaBlock(tag string) bool {
	switch tag {
	case "head", "list", "item", "quote", "code", "row", "cell", "lb", "graphic":
		return true
	}
	return false
}
