package article

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Kinds of page. Only articles report events; the others are the pages a
// crawl of news sites meets besides them.
const (
	KindArticle = "article" // a news story, blog post, press release or statement
	KindListing = "listing" // an index or section page of headlines
	KindForum   = "forum"   // a discussion thread of several people's posts
	KindProduct = "product" // a shop's page of one product
	KindOther   = "other"   // anything else: services, documentation, shop grids
)

// kindSigns is what a page's markup says about its kind.
type kindSigns struct {
	article, listing, forum, product, website bool // declared by schema.org types or og:type
	posts                                     int  // elements marked up as posts, comments or answers
	headlineLinks                             int  // h2–h4 headings that are links
}

// addType reads a schema.org type or og:type value.
func (s *kindSigns) addType(typ string) {
	typ = strings.ToLower(typ)
	switch {
	case strings.Contains(typ, "discussionforumposting"), strings.Contains(typ, "qapage"):
		s.forum = true
	case strings.Contains(typ, "article"), strings.Contains(typ, "blogposting"), strings.Contains(typ, "report"):
		s.article = true
	case strings.Contains(typ, "product"):
		s.product = true
	case strings.Contains(typ, "collectionpage"), strings.Contains(typ, "itemlist"), strings.Contains(typ, "searchresultspage"):
		s.listing = true
	case typ == "website":
		s.website = true
	}
}

// shop reports a page that declares a product or a collection of them and
// no article.
func (s kindSigns) shop() bool { return (s.product || s.listing) && !s.article }

// markup reads schema.org microdata on an element.
func (s *kindSigns) markup(n *html.Node) {
	it := strings.ToLower(attr(n, "itemtype"))
	switch {
	case it == "":
		if strings.EqualFold(attr(n, "itemprop"), "comment") {
			s.posts++
		}
	case strings.HasSuffix(it, "/comment"), strings.HasSuffix(it, "/answer"), strings.HasSuffix(it, "/discussionforumposting"):
		s.posts++
		if strings.HasSuffix(it, "/discussionforumposting") {
			s.forum = true
		}
	case strings.HasSuffix(it, "/product"):
		s.product = true
	case strings.HasSuffix(it, "/newsarticle"), strings.HasSuffix(it, "/article"), strings.HasSuffix(it, "/blogposting"):
		s.article = true
	}
}

func hasLink(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.DataAtom == atom.A || hasLink(c)) {
			return true
		}
	}
	return false
}

// pageKind tells the kind of an HTML page from its markup and its body.
// The page's own declarations come first; a page that declares nothing is a
// listing when its headings are mostly links and its body is not running
// prose, an article when its body is.
func pageKind(s kindSigns, body string, dated bool) string {
	prose, total := proseWords(body)
	switch {
	case s.forum:
		return KindForum
	case s.article:
		// A story with a comment thread, a product or a list of links
		// beside it is still a story.
		return KindArticle
	case s.posts >= 3:
		return KindForum
	case s.product:
		return KindProduct
	case s.listing:
		return KindListing
	case s.headlineLinks >= 5 && float64(prose) < 0.5*float64(total):
		return KindListing
	case prose >= 100 && float64(prose) >= 0.5*float64(total) && (dated || !s.website):
		return KindArticle
	}
	return KindOther
}

// proseWords counts the words of body in prose paragraphs (15+ words ending
// as a sentence) and in all.
func proseWords(body string) (prose, total int) {
	for p := range strings.SplitSeq(body, "\n") {
		w := countWords(p)
		total += w
		if w >= proseParagraphLn && endsSentence(p) {
			prose += w
		}
	}
	return prose, total
}
