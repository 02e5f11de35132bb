package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestPageMetadata(t *testing.T) {
	tests := []struct {
		name, head, body string
		want             htmlMeta
	}{
		{"JSON-LD graph",
			`<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"Talks resume","datePublished":"2024-03-01T10:00:00Z","publisher":{"name":"The Paper"}}]}</script>`, "",
			htmlMeta{title: "Talks resume", published: "2024-03-01", publisher: "The Paper", utcStamp: true, utcHour: 10, declared: "2024-03-01"}},
		{"meta tags and a site suffix",
			`<meta property="og:title" content="Talks resume | The Paper"><meta property="og:site_name" content="The Paper"><meta property="article:published_time" content="2023-12-31">`, "",
			htmlMeta{title: "Talks resume", published: "2023-12-31", publisher: "The Paper"}},
		{"modified date only is no publication date",
			`<title>Talks resume</title><meta property="article:modified_time" content="2023-12-31">`, "",
			htmlMeta{title: "Talks resume", published: "", publisher: "", modified: "2023-12-31"}},
		{"time element marked as publication",
			``, `<h1>Talks resume</h1><time datetime="2022-05-04T08:00" itemprop="datePublished">May 4</time>`,
			htmlMeta{title: "Talks resume", published: "2022-05-04", publisher: ""}},
		{"implausible date",
			`<meta name="date" content="0001-01-01"><title>T</title>`, "",
			htmlMeta{title: "T", published: "", publisher: ""}},
		{"twitter handle is not a publisher",
			`<meta name="twitter:site" content="@paper"><title>T</title>`, "",
			htmlMeta{title: "T", published: "", publisher: ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := pageMetadata(doc)
			got.signs = kindSigns{} // TestPageKind
			if got != tt.want {
				t.Errorf("pageMetadata = %+v, want %+v", got, tt.want)
			}
		})
	}
}
