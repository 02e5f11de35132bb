package timex

import (
	"slices"
	"testing"
	"time"
)

// TestFindInSentence checks that each expression takes the tense of its own
// clause: the same bare weekday resolves back in a past clause and forward
// in a future one within one sentence.
func TestFindInSentence(t *testing.T) {
	ref := time.Date(2024, 7, 24, 0, 0, 0, 0, time.UTC) // a Wednesday
	cases := []struct {
		sentence string
		want     []string // start dates in order
	}{
		{"The ministry said on Monday that the two leaders will meet on Friday.", []string{"2024-07-22", "2024-07-26"}},
		{"Officials who met on Friday said talks will resume on Monday.", []string{"2024-07-19", "2024-07-29"}},
		{"The envoy, who visited Seoul in March, will return in December.", []string{"2024-03-01", "2024-12-01"}},
		{"Since the president took office in January, the two sides have met twice.", []string{"2024-01-01"}},
	}
	for _, c := range cases {
		if starts := sentenceStarts(c.sentence, ref); !slices.Equal(starts, c.want) {
			t.Errorf("%q: got %v, want %v", c.sentence, starts, c.want)
		}
	}
}

// sentenceStarts gives the first day of each expression FindInSentence
// finds in sentence, in order.
func sentenceStarts(sentence string, ref time.Time) []string {
	var starts []string
	for _, e := range FindInSentence(sentence, ref) {
		if e.Kind != KindDate {
			continue // a length, recurrence or clock time dates nothing
		}
		starts = append(starts, e.Value.Start.Format(time.DateOnly))
	}
	return starts
}
