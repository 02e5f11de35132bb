package bench

// Go benchmarks for the hot functions the package owners' own benchmarks do
// not cover (capture reading, time expressions, the store's batch write,
// the whole per-article chain), on generated pages, so that a change can be
// compared with benchstat. They generate from the extraction benchmark
// (../shared), as the figures in BENCHMARKS.md do, and skip without it:
//
//	go test -run '^$' -bench . -count 10 ./internal/bench > old.txt

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"storyline/internal/article"
	"storyline/internal/capture"
	"storyline/internal/coder"
	"storyline/internal/dedup"
	"storyline/internal/store"
	"storyline/internal/timex"
)

// corpusSize is the size of a generated corpus on disk.
func corpusSize(b *testing.B, dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Dir(p) == dir && filepath.Base(p)[0] != '.' {
			info, _ := d.Info()
			n += info.Size()
		}
		return nil
	})
	return n
}

func benchmarkRead(b *testing.B, format Format, pages int) {
	dir, st := writeCorpusFrom(b, benchmarkMaterial(b), CorpusOptions{Articles: pages, Seed: 5, Format: format})
	b.SetBytes(st.PageBytes)
	b.ReportAllocs()
	for b.Loop() {
		r := capture.Open(context.Background(), []string{dir})
		n := 0
		for {
			_, err := r.Next()
			if err == io.EOF {
				break
			}
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		r.Close()
		if n != pages {
			b.Fatalf("read %d pages, wrote %d", n, pages)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*pages), "ns/page")
}

// BenchmarkReadWET reads text captures from gzip-per-record WET archives.
func BenchmarkReadWET(b *testing.B) { benchmarkRead(b, FormatWET, 1000) }

// BenchmarkReadWARC reads HTML responses (with request and metadata
// records to skip) from gzip-per-record WARC archives.
func BenchmarkReadWARC(b *testing.B) { benchmarkRead(b, FormatWARC, 100) }

// generatedArticles extracts the articles of a small generated corpus.
func generatedArticles(b *testing.B, n int) []article.Article {
	dir, _ := writeCorpusFrom(b, benchmarkMaterial(b), CorpusOptions{Articles: n, Seed: 9})
	var out []article.Article
	for _, c := range readCaptures(b, dir) {
		if a, err := article.Extract(c); err == nil {
			out = append(out, a)
		}
	}
	return out
}

func bodyBytes(as []article.Article) int64 {
	var n int64
	for _, a := range as {
		n += int64(len(a.Body))
	}
	return n
}

// BenchmarkTimexFind finds the time expressions of whole article bodies.
func BenchmarkTimexFind(b *testing.B) {
	as := generatedArticles(b, 200)
	ref := time.Date(2023, 3, 10, 0, 0, 0, 0, time.UTC)
	b.SetBytes(bodyBytes(as) / int64(len(as)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		timex.Find(as[i%len(as)].Body, ref, timex.TenseUnknown)
		i++
	}
}

// BenchmarkArticleChain is the per-article work of the pipeline's workers
// on a text capture: extract, sign, code.
func BenchmarkArticleChain(b *testing.B) {
	dir, _ := writeCorpusFrom(b, benchmarkMaterial(b), CorpusOptions{Articles: 200, Seed: 4})
	caps := readCaptures(b, dir)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		a, err := article.Extract(caps[i%len(caps)])
		i++
		if err != nil {
			continue
		}
		dedup.Sign(a.Body)
		coder.Code(a, coder.Options{})
	}
}

// BenchmarkStoreSave writes batches of 64 coded articles into SQLite in one
// transaction each, as ingest's writer goroutine does.
func BenchmarkStoreSave(b *testing.B) {
	as := generatedArticles(b, 256)
	ctx := context.Background()
	s, err := store.Open(ctx, "sqlite:"+filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	records := make([]store.Record, len(as))
	for i, a := range as {
		sig, _ := dedup.Sign(a.Body).MarshalBinary()
		records[i] = store.Record{Article: a, Events: coder.Code(a, coder.Options{}), Signature: sig}
	}
	const batch = 64
	b.ReportAllocs()
	round := 0
	for b.Loop() {
		bt := store.Batch{Input: "bench"}
		for j := range batch {
			r := records[(round*batch+j)%len(records)]
			// A new source each time: the store skips what it already has.
			r.Article.Source = fmt.Sprintf("%s/%d", r.Article.Source, round)
			bt.Records = append(bt.Records, r)
		}
		round++
		if _, err := s.Save(ctx, bt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*batch), "ns/article")
}

// BenchmarkWriteCorpus generates and compresses text captures.
func BenchmarkWriteCorpus(b *testing.B) {
	m := benchmarkMaterial(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := WriteCorpus(context.Background(), b.TempDir(), m, CorpusOptions{Articles: 500, Seed: 2, Workers: 1}); err != nil {
			b.Fatal(err)
		}
	}
}
