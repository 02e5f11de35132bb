package extractbench

import (
	"context"
	"flag"
	"os"
	"testing"

	"storyline/internal/article"
)

// benchDir is the article-extraction benchmark; benchmarks and accuracy
// tests that need it skip when it is absent.
var benchDir = flag.String("benchdir", "../../../../shared/bench/article-extraction",
	"article-extraction benchmark folder (html/*.html.gz, ground-truth.json)")

func loadBench(tb testing.TB) []Page {
	tb.Helper()
	if _, err := os.Stat(*benchDir); err != nil {
		tb.Skipf("no benchmark folder %s (set -benchdir)", *benchDir)
	}
	pages, err := Load(*benchDir)
	if err != nil {
		tb.Fatal(err)
	}
	return pages
}

// BenchmarkExtractBenchHTML extracts the benchmark's HTML pages one after
// another on one goroutine and reports pages per CPU-second besides ns/op
// (one op is one page).
func BenchmarkExtractBenchHTML(b *testing.B) {
	caps, size, err := ReadPages(context.Background(), loadBench(b))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size / int64(len(caps)))
	i := 0
	cpu0 := cpuTime()
	for b.Loop() {
		article.Extract(caps[i%len(caps)])
		i++
	}
	cpu := cpuTime() - cpu0
	b.ReportMetric(float64(i)/cpu.Seconds(), "pages/cpu-s")
}
