package article

import (
	"strings"

	"golang.org/x/net/html"
)

// Forum threads and Q&A pages mark each post with schema.org microdata
// (a Question, its Answers, Comments, DiscussionForumPostings), the text
// of a post in an element with itemprop "text" or "articleBody". Both
// extractors keep one block of a page, which on a thread is one post; the
// markup gives them all.

// isPostType reports an itemtype of one post of a thread.
func isPostType(itemtype string) bool {
	it := strings.ToLower(strings.TrimRight(itemtype, "/ "))
	for _, t := range []string{"/comment", "/answer", "/question", "/discussionforumposting"} {
		if strings.HasSuffix(it, t) {
			return true
		}
	}
	return false
}

func isPost(n *html.Node) bool {
	return n.Type == html.ElementNode && (isPostType(attr(n, "itemtype")) ||
		attr(n, "itemtype") == "" && strings.EqualFold(attr(n, "itemprop"), "comment"))
}

// threadText gives the text of the posts marked up on the page, in page
// order, one paragraph block per post ("" when fewer than two posts are
// marked).
func threadText(doc *html.Node) string {
	var posts []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !isPost(c) {
				walk(c)
				continue
			}
			if t := postText(c); t != "" {
				posts = append(posts, t)
			}
			walk(c) // replies nested in the post
		}
	}
	walk(doc)
	if len(posts) < 2 {
		return ""
	}
	return strings.Join(posts, "\n\n")
}

// postText gives the text of a post's own body: its elements marked as
// text (not those of posts nested in it).
func postText(post *html.Node) string {
	var parts []string
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || isPost(c) {
				continue
			}
			switch strings.ToLower(attr(c, "itemprop")) {
			case "text", "articlebody":
				if t := nodeText(c); t != "" {
					parts = append(parts, t)
				}
				continue
			}
			walk(c)
		}
	}
	walk(post)
	return strings.Join(parts, "\n\n")
}
