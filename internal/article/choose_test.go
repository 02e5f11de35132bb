package article

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"storyline/internal/capture"
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

func TestChooseBodyByPage(t *testing.T) {
	prose := "The foreign ministers of the two countries met in the capital on Tuesday to discuss trade and security."
	article := strings.Repeat(prose+"\n\n", 6)
	furniture := strings.Repeat("Share on Facebook\n\nRead more\n\n", 5)
	prices := strings.Repeat("USD: $149.64\n\nGBP: £110.82\n\nAdd to basket\n\nSize guide\n\n", 12)
	description := "This linen dress is cut loose at the waist and falls to the knee, with pockets at both sides.\n\n" +
		"It is made from hemp grown without pesticides and woven in a family mill in the north of Portugal.\n\n"
	tests := []struct {
		name, traf, read string
		signs            kindSigns
		want             string
	}{
		{"article: readability without the furniture", article + furniture, article, kindSigns{article: true}, article},
		{"no article declared: trafilatura's heading and lead stay", "Bread makers\n\n" + prose + "\n\n" + article, article, kindSigns{}, "Bread makers\n\n" + prose + "\n\n" + article},
		{"thread twice as long", prose, strings.Repeat(prose+"\n\n", 3), kindSigns{}, strings.Repeat(prose+"\n\n", 3)},
		{"product: twice the words of prices and options", prose + "\n\nUSD: $149.64", prose + "\n\n" + prices, kindSigns{product: true}, prose + "\n\nUSD: $149.64"},
		{"product: twice the words with a description", prose + "\n\nUSD: $149.64", prose + "\n\n" + prices + description, kindSigns{product: true}, prose + "\n\n" + prices + description},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := chooseBody(tt.traf, tt.read, tt.signs); got != tt.want {
				t.Errorf("chooseBody gave %.80q, want %.80q", got, tt.want)
			}
		})
	}
}

func TestTrafilaturaTextSpacesInline(t *testing.T) {
	// Trafilatura's tree trims the text beside inline elements.
	body := &html.Node{Type: html.ElementNode, Data: "body"}
	p := &html.Node{Type: html.ElementNode, Data: "p"}
	body.AppendChild(p)
	code := &html.Node{Type: html.ElementNode, Data: "hi"}
	code.AppendChild(&html.Node{Type: html.TextNode, Data: "indent"})
	p.AppendChild(&html.Node{Type: html.TextNode, Data: "If"})
	p.AppendChild(code)
	p.AppendChild(&html.Node{Type: html.TextNode, Data: "is a number,"})
	if got, want := trafilaturaText(body), "If indent is a number,"; got != want {
		t.Errorf("trafilaturaText = %q, want %q", got, want)
	}
	if got, want := nodeText(body), "Ifindentis a number,"; got != want {
		t.Errorf("nodeText = %q, want %q (other trees keep their spacing)", got, want)
	}
}

// A page too small for trafilatura's main extraction gets a body from
// readability or trafilatura's rescue, never the marker that tells them
// apart.
func TestRescuedPage(t *testing.T) {
	for _, page := range []string{
		`<html><body><div class="content"><h1>Harbour wall</h1><div>The council agreed on Tuesday to rebuild the harbour wall.</div></div></body></html>`,
		`<html><body><span>Opening hours: 9 to 5</span></body></html>`,
	} {
		a, err := Extract(capture.Capture{Source: "t.html", Body: []byte(page), ContentType: "text/html"})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(a.Body, rescueWord) || strings.TrimSpace(a.Body) == "" {
			t.Errorf("body %q", a.Body)
		}
	}
}
