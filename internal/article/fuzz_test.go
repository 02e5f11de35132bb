package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"storyline/internal/capture"
)

// checkArticle asserts what holds for every article: UTF-8 text, a
// non-empty body, a real date or none.
func checkArticle(t *testing.T, a Article) {
	t.Helper()
	if !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
		t.Fatalf("invalid UTF-8 in article")
	}
	if strings.TrimSpace(a.Body) == "" {
		t.Fatalf("empty body returned without error")
	}
	if a.Published != nil {
		if _, err := time.Parse("2006-01-02", *a.Published); err != nil {
			t.Fatalf("published %q is not a date", *a.Published)
		}
	}
}

// FuzzTextClassifier: every body paragraph comes from one line of the input
// and appears once.
func FuzzTextClassifier(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join(repoTestdata, "seeds", "*.txt"))
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(" date 2024-07-22  Site\nHome\nA headline here\nThe minister said on Monday that talks would resume next week in the capital.\n"))
	f.Add([]byte("[vc_row][vc_column]Text[/vc_column]\n05 Mar 2021 02:03:35 GMT9\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Extract(capture.Capture{Source: "fuzz.txt", ContentType: "text/plain", Body: data})
		if err != nil {
			return
		}
		checkArticle(t, a)
		seen := map[string]bool{}
		for _, p := range strings.Split(a.Body, "\n\n") {
			if seen[p] {
				t.Fatalf("paragraph repeated: %q", p)
			}
			seen[p] = true
			for _, w := range strings.Fields(p) {
				if !strings.Contains(string(data), w) {
					t.Fatalf("paragraph %q: word %q not in the input", p, w)
				}
			}
		}
	})
}

// FuzzHTML: arbitrary markup never panics and gives either an error or a
// well-formed article.
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><head><title>T</title><meta property=\"article:published_time\" content=\"2024-01-02\"></head><body><article><p>Ministers met in Tokyo on Monday to discuss trade and security in the region.</p></article></body></html>"))
	f.Add([]byte("<p>unclosed <div><table><tr><td>cell<script>x</script>"))
	f.Add([]byte("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\"2021-13-45\"}</script><p>text text text</p>"))
	f.Add([]byte("<meta charset=\"shift_jis\"><p>\x82\xa0\x82\xa2</p>"))
	f.Add([]byte("<div popover><p>x</p></div><h2>Plans</h2><div><p>We draw plans.</p></div><h3><button aria-controls=\"a\">Q?</button></h3><div id=\"a\" hidden><p>Yes, we do.</p></div><h2><a href=\"/\">L</a></h2>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Extract(capture.Capture{Source: "fuzz.html", ContentType: "text/html", Body: data})
		if err != nil {
			return
		}
		checkArticle(t, a)
	})
}
