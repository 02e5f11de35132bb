package actors

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"storyline/internal/nlp"
)

// BenchmarkMentions finds the mentions of the sample captures (raw pages,
// menus and all) on one goroutine and reports sentences per second.
func BenchmarkMentions(b *testing.B) {
	files, _ := filepath.Glob("../../testdata/seeds/*.txt")
	if len(files) == 0 {
		b.Skip("no sample captures in testdata/seeds")
	}
	var bodies []string
	sentences, size := 0, 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, string(data))
		sentences += len(nlp.Split(string(data)))
		size += len(data)
	}
	c := Default()
	ref := time.Date(2024, 7, 22, 0, 0, 0, 0, time.UTC)
	c.Mentions("warm up the index", ref)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, body := range bodies {
			c.Mentions(body, ref)
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkDefault measures building a catalog from the embedded tables.
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		c := Default()
		c.idx = nil
		c.index()
	}
}
