//go:build !race

package dedup

// The race detector distorts heap figures, so this test is built only
// without it (CI runs it in its second, plain go test run).

import (
	"fmt"
	"runtime"
	"testing"
)

// TestMemoryPerArticle adds 100,000 synthetic signatures with ids of 40
// bytes and reports the heap the index holds per article. The bound is
// generous; the figure is what docs/dedup.md quotes.
func TestMemoryPerArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: adds 100,000 signatures")
	}
	const n = 100_000
	sigs := synthetic(n, 3)
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("warc/CC-MAIN-2024-30/segment-%012d", i)
	}
	for _, opts := range []Options{{}, {Expected: n}, {Window: 2 * chunkLen}} {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		ix := NewIndex(opts)
		for i, s := range sigs {
			ix.AddSigned(ids[i], s)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap := float64(after.HeapAlloc-before.HeapAlloc) / n
		mapped := float64(ix.bands.mem.size()) / n
		perArticle := heap + mapped
		t.Logf("index of %d articles (Expected %d, Window %d): %.0f bytes per article (%.0f on the Go heap, %.0f mapped outside it), %d band entries in %d slots",
			ix.Len(), opts.Expected, opts.Window, perArticle, heap, mapped, ix.bands.used, ix.bands.slots())
		if perArticle > 1000 {
			t.Errorf("%.0f bytes per article, want under 1000", perArticle)
		}
		runtime.KeepAlive(ix)
	}
	runtime.KeepAlive(sigs)
}
