package bench

import (
	"fmt"
	"html"
	"path/filepath"
	"slices"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A pageTemplate is a real news page with its article taken out: the page
// furniture (head, scripts, menus, teasers, footer) stays as the site wrote
// it, and slots mark where a generated article's title, date, address and
// paragraphs go. HTML extraction cost depends mostly on that furniture, so
// pages made this way cost what real pages cost.
type pageTemplate struct {
	name  string
	parts []string // parts[i] comes before slots[i]; one more part than slots
	slots []byte
}

// Slot markers: control characters no page text holds, written by
// xhtml.Render unescaped.
const (
	slotBody  = 'B'
	slotTitle = 'T'
	slotDate  = 'D'
	slotURL   = 'U'
	slotMark  = "\x02"
)

func marker(s byte) string { return slotMark + string(s) + slotMark }

// Meta tags whose content names the page's date, title or address.
var (
	dateMeta  = []string{"article:published_time", "og:published_time", "date", "pubdate", "publishdate", "publish-date", "datepublished", "dc.date", "dc.date.issued", "parsely-pub-date", "sailthru.date", "article.published", "published_time"}
	titleMeta = []string{"og:title", "twitter:title", "title", "parsely-title", "sailthru.title"}
	urlMeta   = []string{"og:url", "twitter:url", "parsely-link"}
)

// articleWords is the length from which a paragraph outside the chosen
// container is taken for leftover article text and removed: left in, every
// page made from the template would share it and look like copies.
const articleWords = 25

func (m *Material) loadTemplates(dir string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if err != nil {
		return fmt.Errorf("list page templates in %s: %w", dir, err)
	}
	slices.Sort(files)
	for _, f := range files {
		data, err := readGzip(f)
		if err != nil {
			return fmt.Errorf("read page template %s: %w", f, err)
		}
		t, err := newPageTemplate(filepath.Base(f), string(data))
		if err != nil {
			continue // a page with no article container cannot be a template
		}
		m.templates = append(m.templates, t)
	}
	return nil
}

func newPageTemplate(name, page string) (*pageTemplate, error) {
	doc, err := xhtml.Parse(strings.NewReader(strings.ReplaceAll(page, slotMark, "")))
	if err != nil {
		return nil, fmt.Errorf("parse %s: %w", name, err)
	}
	container := bestContainer(doc)
	if container == nil {
		return nil, fmt.Errorf("template %s: no paragraphs", name)
	}
	var drop []*xhtml.Node
	h1Done := false
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			switch n.DataAtom {
			case atom.Script:
				if strings.Contains(strings.ToLower(attr(n, "type")), "ld+json") {
					drop = append(drop, n) // structured data would name the old article
					return
				}
			case atom.Title:
				setText(n, marker(slotTitle))
				return
			case atom.H1:
				if !h1Done {
					h1Done = true
					setText(n, marker(slotTitle))
					return
				}
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				switch {
				case slices.Contains(dateMeta, key):
					setAttr(n, "content", marker(slotDate))
				case slices.Contains(titleMeta, key):
					setAttr(n, "content", marker(slotTitle))
				case slices.Contains(urlMeta, key):
					setAttr(n, "content", marker(slotURL))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					setAttr(n, "href", marker(slotURL))
				}
			case atom.Time:
				if attr(n, "datetime") != "" {
					setAttr(n, "datetime", marker(slotDate))
				}
			case atom.P:
				if n != container && len(strings.Fields(textOf(n))) >= articleWords {
					drop = append(drop, n)
					return
				}
			}
			if n == container {
				for c := n.FirstChild; c != nil; {
					next := c.NextSibling
					n.RemoveChild(c)
					c = next
				}
				n.AppendChild(&xhtml.Node{Type: xhtml.TextNode, Data: marker(slotBody)})
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	var b strings.Builder
	if err := xhtml.Render(&b, doc); err != nil {
		return nil, fmt.Errorf("render template %s: %w", name, err)
	}
	t := &pageTemplate{name: name}
	pieces := strings.Split(b.String(), slotMark)
	// pieces alternate: text, slot letter, text, ...
	for i := 0; i < len(pieces); i++ {
		if i%2 == 0 {
			t.parts = append(t.parts, pieces[i])
		} else {
			t.slots = append(t.slots, pieces[i][0])
		}
	}
	if !slices.Contains(t.slots, slotBody) {
		return nil, fmt.Errorf("template %s: body slot lost", name)
	}
	return t, nil
}

// bestContainer is the element whose direct <p> children hold the most text:
// the article's own container on nearly every news page.
func bestContainer(doc *xhtml.Node) *xhtml.Node {
	var best *xhtml.Node
	bestLen := 0
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.ElementNode {
			total := 0
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type == xhtml.ElementNode && c.DataAtom == atom.P {
					total += len(textOf(c))
				}
			}
			if total > bestLen {
				best, bestLen = n, total
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if bestLen < 200 {
		return nil
	}
	return best
}

func textOf(n *xhtml.Node) string {
	var b strings.Builder
	var walk func(n *xhtml.Node)
	walk = func(n *xhtml.Node) {
		if n.Type == xhtml.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func attr(n *xhtml.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

func setAttr(n *xhtml.Node, key, val string) {
	for i, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			n.Attr[i].Val = val
			return
		}
	}
}

func setText(n *xhtml.Node, s string) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		n.RemoveChild(c)
		c = next
	}
	n.AppendChild(&xhtml.Node{Type: xhtml.TextNode, Data: s})
}

// render writes the page of d made from the template.
func (t *pageTemplate) render(b *strings.Builder, d *doc) {
	for i, s := range t.slots {
		b.WriteString(t.parts[i])
		switch s {
		case slotBody:
			b.WriteByte('\n')
			for _, p := range d.paras {
				b.WriteString("<p>")
				b.WriteString(html.EscapeString(p))
				b.WriteString("</p>\n")
			}
		case slotTitle:
			b.WriteString(html.EscapeString(d.title))
		case slotDate:
			b.WriteString(d.published.Format("2006-01-02T15:04:05Z07:00"))
		case slotURL:
			b.WriteString(html.EscapeString(d.uri))
		}
	}
	b.WriteString(t.parts[len(t.parts)-1])
}
