package store_test

import (
	"context"
	"fmt"
	"testing"

	"storyline/internal/event"
	"storyline/internal/store"
	"storyline/internal/store/storetest"
)

// benchRecords makes n articles of about 3 kB, each with two reports, over
// 50 country pairs and a year of days.
func benchRecords(n, offset int) []store.Record {
	out := make([]store.Record, n)
	for i := range out {
		k := offset + i
		day := fmt.Sprintf("2024-%02d-%02d", 1+k%12, 1+(k/12)%28)
		a, b := fmt.Sprintf("C%02d", k%10), fmt.Sprintf("D%02d", (k/10)%5)
		filler := ""
		for range 30 {
			filler += fmt.Sprintf("Paragraph of article %d with some words about the talks and the region. ", k)
		}
		out[i] = rec(fmt.Sprintf("bench/%07d.txt", k), day, filler,
			report("CONSULT", event.Occurred, day, day, event.GrainDay, "", "", "The ministers met.", a, b),
			report("AGREE", event.Occurred, day, day, event.GrainDay, "", "", "They agreed to cooperate.", a, b))
	}
	return out
}

// BenchmarkSave stores batches of 64 articles (with their reports and
// search entries) in one transaction each.
func BenchmarkSave(b *testing.B) {
	for _, engine := range storetest.Engines {
		b.Run(engine, func(b *testing.B) {
			s, err := store.Open(context.Background(), storetest.URL(b, engine))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			n := 0
			for b.Loop() {
				recs := benchRecords(64, n)
				n += len(recs)
				if _, err := s.Save(context.Background(), store.Batch{Input: "bench", Records: recs}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}

// BenchmarkRebuild relinks and merges a store of 5,000 articles (10,000
// reports) from scratch each time.
func BenchmarkRebuild(b *testing.B) {
	for _, engine := range storetest.Engines {
		b.Run(engine, func(b *testing.B) {
			ctx := context.Background()
			s, err := store.Open(ctx, storetest.URL(b, engine))
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			for i := 0; i < 5000; i += 250 {
				if _, err := s.Save(ctx, store.Batch{Input: "bench", Records: benchRecords(250, i)}); err != nil {
					b.Fatal(err)
				}
			}
			for b.Loop() {
				b.StopTimer()
				if _, err := s.DB().Exec(`DELETE FROM events`); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				if _, err := s.Rebuild(ctx, store.RebuildOptions{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(10000*float64(b.N)/b.Elapsed().Seconds(), "reports/s")
		})
	}
}
