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

// TestBenchmarkAccuracy extracts the benchmark's pages and holds the F1 of
// issue 2's bar; it prints the figures with -v.
func TestBenchmarkAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 181 pages")
	}
	rep, err := Run(context.Background(), loadBench(t), 0)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("pages=%d failed=%d P=%.4f R=%.4f F1=%.4f %.1f pages/cpu-s", rep.Pages, rep.Failed, rep.Precision, rep.Recall, rep.F1, rep.PagesPerCPUSecond())
	if rep.F1 < 0.965 {
		t.Errorf("F1 %.4f below 0.965", rep.F1)
	}
}
