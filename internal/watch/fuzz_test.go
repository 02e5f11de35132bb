package watch

import (
	"net/url"
	"testing"
)

// FuzzLinks feeds Links arbitrary documents: it must not panic, and what it
// gives must be absolute http(s) addresses without fragments, each once.
func FuzzLinks(f *testing.F) {
	f.Add(rss("http://a.example/1", "/2", "javascript:alert(1)", "http://a.example/1#c"))
	f.Add(atom("http://a.example/1", "x/2"))
	f.Add(newsSitemap("http://a.example/1", "https://b.example/2"))
	f.Add(sitemapIndex("http://a.example/news.xml"))
	f.Add(`{"version":"https://jsonfeed.org/version/1.1","title":"t","items":[{"id":"1","url":"/p"}]}`)
	f.Add(`<?xml version="1.0" encoding="ISO-8859-1"?><urlset><url><loc>http://a.example/é</loc></url></urlset>`)
	f.Add(`<urlset><url><loc>http://a.example/1`)
	f.Add("not a feed")
	f.Fuzz(func(t *testing.T, doc string) {
		links, children, err := Links("https://feeds.example/news/rss.xml", []byte(doc))
		if err != nil && (len(links) > 0 || len(children) > 0) {
			t.Fatalf("error %v with %d links", err, len(links)+len(children))
		}
		if len(links) > 0 && len(children) > 0 {
			t.Fatal("both article links and child sitemaps")
		}
		for _, list := range [][]string{links, children} {
			seen := map[string]bool{}
			for _, l := range list {
				u, err := url.Parse(l)
				if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Fragment != "" {
					t.Fatalf("bad link %q", l)
				}
				if seen[l] {
					t.Fatalf("link %q given twice", l)
				}
				seen[l] = true
			}
		}
	})
}

// TestLinks checks what each format gives, relative links resolved.
func TestLinks(t *testing.T) {
	base := "https://feeds.example/news/rss.xml"
	for _, tc := range []struct {
		name, doc       string
		links, children []string
	}{
		{"rss", rss("https://a.example/1", "/2", "https://a.example/1#c", "mailto:x@y"), []string{"https://a.example/1", "https://feeds.example/2"}, nil},
		{"atom", atom("3", "https://a.example/4"), []string{"https://feeds.example/news/3", "https://a.example/4"}, nil},
		{"news sitemap", newsSitemap("https://a.example/5"), []string{"https://a.example/5"}, nil},
		{"sitemap index", sitemapIndex("https://a.example/s1.xml", "/s2.xml"), nil, []string{"https://a.example/s1.xml", "https://feeds.example/s2.xml"}},
		{"cut-off sitemap", `<urlset><url><loc>https://a.example/6</loc></url><url><loc>https://a.ex`, []string{"https://a.example/6"}, nil},
	} {
		links, children, err := Links(base, []byte(tc.doc))
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !equal(links, tc.links) || !equal(children, tc.children) {
			t.Errorf("%s: links %q, children %q; want %q, %q", tc.name, links, children, tc.links, tc.children)
		}
	}
	if _, _, err := Links(base, []byte("<html><body>no feed</body></html>")); err == nil {
		t.Error("an HTML page read as a feed")
	}
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
