package watch

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkLinks reads a news sitemap and an RSS feed of 1000 entries each.
func BenchmarkLinks(b *testing.B) {
	var items []string
	for i := range 1000 {
		items = append(items, fmt.Sprintf("https://news.example/world/2026/12/04/story-%d", i))
	}
	for _, doc := range []struct{ name, body string }{{"news-sitemap", newsSitemap(items...)}, {"rss", rss(items...)}} {
		b.Run(doc.name, func(b *testing.B) {
			b.SetBytes(int64(len(doc.body)))
			for b.Loop() {
				links, _, err := Links("https://news.example/feed", []byte(doc.body))
				if err != nil || len(links) != 1000 {
					b.Fatalf("%d links, %v", len(links), err)
				}
			}
		})
	}
}

// BenchmarkRound is one round over a feed of 50 new articles on one local
// host (no delay): the cost of fetching, archiving and recording a page,
// without the ingest.
func BenchmarkRound(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		s := newSite(b)
		var links []string
		for i := range 50 {
			p := fmt.Sprintf("/story/%d", i)
			s.article(p, "Story", storyText(p))
			links = append(links, s.url(p))
		}
		s.static("/rss.xml", "application/rss+xml", rss(links...))
		h := newHarness(b)
		w := h.watcher([]string{s.url("/rss.xml")}, nil)
		b.StartTimer()
		st, err := w.Round(context.Background())
		if err != nil || st.Fetched != 50 {
			b.Fatalf("round: %d fetched, %v", st.Fetched, err)
		}
		b.StopTimer()
		w.Close()
		s.srv.Close()
		h.st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/50, "µs/article")
}
