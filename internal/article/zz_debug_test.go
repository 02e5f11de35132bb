package article

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/markusmobius/go-trafilatura"
	"github.com/markusmobius/go-htmldate"
	"golang.org/x/net/html"

	"storyline/internal/capture"
)

func TestZZDebug(t *testing.T) {
	path := os.Getenv("ZZ")
	if path == "" {
		t.Skip()
	}
	f, _ := os.Open(path)
	zr, _ := gzip.NewReader(f)
	body, _ := io.ReadAll(zr)
	c := capture.Capture{Source: path, Body: body, ContentType: "text/html"}
	a, err := Extract(c)
	cut := func(s string) string { if len(s) > 1500 { return s[:1500] + "..." }; return s }
	t.Logf("ERR %v\nTITLE %q\nPUB %v\nBODY (%d words):\n%s", err, a.Title, a.Published, countWords(a.Body), cut(a.Body))
	doc, _ := html.ParseWithOptions(decodeHTML(body, ""), html.ParseOptionEnableScripting(false))
	pw := pruneInert(doc)
	cands := htmlCandidates(doc, nil, pw)
	t.Logf("TRAF (%d words, pwords %d):\n%s\n\nREAD (%d words):\n%s", countWords(cands.trafilatura), pw, cut(cands.trafilatura), countWords(cands.readability), cut(cands.readability))
	res, _ := trafilatura.Extract(bytes.NewReader(body), trafilatura.Options{EnableFallback: true})
	if res != nil {
		t.Logf("ANCHOR (%d words):\n%s", countWords(res.ContentText), cut(strings.TrimSpace(res.ContentText)))
	}
}

func TestZZDate(t *testing.T) {
	for _, f := range strings.Fields(os.Getenv("ZZD")) {
		fh, _ := os.Open("/work/shared/bench/dates/html/" + f + ".gz")
		zr, _ := gzip.NewReader(fh)
		body, _ := io.ReadAll(zr)
		doc, _ := html.ParseWithOptions(decodeHTML(body, ""), html.ParseOptionEnableScripting(false))
		meta := pageMetadata(doc)
		pruneInert(doc)
		for _, ext := range []bool{false, true} {
			res, _ := htmldate.FromDocument(doc, htmldate.Options{UseOriginalDate: true, SkipExtensiveSearch: !ext, ExtractTime: true})
			t.Logf("%s meta=%q ext=%v %s src=%q tz=%v", f, meta.published, ext, res.DateTime, res.SrcString, res.HasTimezone)
		}
	}
}

func TestZZMeta(t *testing.T) {
	fh, _ := os.Open(os.Getenv("ZZM"))
	zr, _ := gzip.NewReader(fh)
	body, _ := io.ReadAll(zr)
	doc, _ := html.ParseWithOptions(decodeHTML(body, ""), html.ParseOptionEnableScripting(false))
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "meta" {
			key := strings.ToLower(firstAttr(n, "property", "name", "itemprop"))
			if d := normaliseDate(attr(n, "content")); d != "" { t.Logf("ANY %s=%q -> %q", key, attr(n, "content"), d) }
			for _, k := range publishedMetaNames {
				if k == key {
					t.Logf("%s=%q -> %q", key, attr(n, "content"), normaliseDate(attr(n, "content")))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	t.Logf("%+v", pageMetadata(doc))
	var w2 func(*html.Node)
	w2 = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "time" { t.Logf("time %v", n.Attr) }
		for c := n.FirstChild; c != nil; c = c.NextSibling { w2(c) }
	}
	w2(doc)
}

func TestZZKind(t *testing.T) {
	for _, f := range strings.Fields(os.Getenv("ZZK")) {
		fh, _ := os.Open(f)
		zr, _ := gzip.NewReader(fh)
		body, _ := io.ReadAll(zr)
		a, _ := Extract(capture.Capture{Source: f, Body: body, ContentType: "text/html"})
		doc, _ := html.ParseWithOptions(decodeHTML(body, ""), html.ParseOptionEnableScripting(false))
		m := pageMetadata(doc)
		p, tot := proseWords(a.Body)
		t.Logf("%s kind=%s prose=%d total=%d signs=%+v", f[len(f)-30:], a.Kind, p, tot, m.signs)
	}
}
