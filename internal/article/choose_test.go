package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestNeedsReadability(t *testing.T) {
	prose := "The foreign ministers of the two countries met in the capital on Tuesday to discuss trade and security."
	long := strings.Repeat(prose+"\n\n", 12) // 216 words, all prose
	tests := []struct {
		name           string
		traf           string
		paragraphWords int
		want           bool
	}{
		{"long prose body, page says no more", long, 220, false},
		{"short body", strings.Repeat(prose+"\n\n", 3), 60, true},
		{"furniture lines", long + strings.Repeat("Related: Markets close higher\n\nShare on Facebook\n\n", 12), 220, true},
		{"page paragraphs hold much more", long, 400, true},
		{"empty body", "", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := needsReadability(tt.traf, tt.paragraphWords); got != tt.want {
				t.Errorf("needsReadability = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestPruneInert(t *testing.T) {
	page := `<html><head><script>var x = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>
<style>p{}</style></head><body><!-- comment --><header><ul><li>Sections</li></ul></header><nav><p>Home News World</p></nav>
<div><header><h1>Ministers meet</h1><p>Standfirst here</p><ul><li>Share</li></ul></header></div>
<article><p>One two three <b>four</b></p><svg><text>icon</text></svg><p>five six</p></article>
<aside><p>Popular stories here</p></aside><footer><p>Copyright</p></footer></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	if n := pruneInert(doc); n != 8 {
		t.Errorf("paragraph words = %d, want 8", n)
	}
	var b strings.Builder
	html.Render(&b, doc)
	got := b.String()
	for _, gone := range []string{"var x", "p{}", "comment", "Home News", "Sections", "icon", "Popular", "Copyright"} {
		if strings.Contains(got, gone) {
			t.Errorf("pruned tree still holds %q", gone)
		}
	}
	for _, kept := range []string{"ld+json", "NewsArticle", "One two three", "five six", "Ministers meet"} {
		if !strings.Contains(got, kept) {
			t.Errorf("pruned tree lost %q", kept)
		}
	}
}
