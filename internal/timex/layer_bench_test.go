package timex

import (
	"testing"
	"time"

	"storyline/internal/nlp"
)

// BenchmarkLayer measures the language layer's time part as the coder runs
// it: split a body into sentences, then find each sentence's dates with the
// tense read from the sentence.
func BenchmarkLayer(b *testing.B) {
	bodies := benchSentences(b)
	ref := time.Date(2019, 11, 20, 0, 0, 0, 0, time.UTC)
	sentences := 0
	for _, body := range bodies {
		sentences += len(nlp.Split(body))
	}
	for b.Loop() {
		for _, body := range bodies {
			for _, s := range nlp.Split(body) {
				Find(s.Text, ref, TenseOf(s.Text))
			}
		}
	}
	b.ReportMetric(float64(sentences)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}
