package timex

import (
	"slices"
	"testing"
	"time"
)

// TestStretchBack checks that "in N years" closing a clause that counts up
// to now ("the first ... in 14 years", "have not met in five years") dates
// nothing, while a clause that looks ahead keeps its day ahead.
func TestStretchBack(t *testing.T) {
	ref := time.Date(2024, 7, 24, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		sentence string
		want     []string // start dates in order
	}{
		{"The prime minister's stop in Hanoi was the first time a leader of the country has gone there in 12 years.", nil},
		{"The minister flew home on Monday after a three-day trip, the first by a foreign minister of Peru in 20 years.", []string{"2024-07-22"}},
		{"The two governments have not held formal talks in six years.", nil},
		{"This will be the first state visit to the island by a Danish monarch in 30 years.", nil},
		// Looking ahead: the day is N units from the reference.
		{"The first phase of the pipeline will be completed in six months.", []string{"2025-01-24"}},
		{"The tariffs are set to take effect in three weeks.", []string{"2024-08-14"}},
		{"The ministry said the plant will not be finished in two years.", []string{"2026-07-01"}},
	}
	for _, c := range cases {
		if starts := sentenceStarts(c.sentence, ref); !slices.Equal(starts, c.want) {
			t.Errorf("%q: got %v, want %v", c.sentence, starts, c.want)
		}
	}
}

// TestYearBeforeColon checks that a year closing a dateline before a colon
// ("Beijing, February 4, 2025: China has ...") is read as the year, while
// a clock time ("at 20:30") is still no year.
func TestYearBeforeColon(t *testing.T) {
	ref := time.Date(2026, 12, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct{ sentence, want string }{
		{"Lima, March 9, 2024: Peru has recalled its ambassador.", "2024-03-09"},
		{"Updated June 30, 2023: the talks ended without a deal.", "2023-06-30"},
	}
	for _, c := range cases {
		got := FindInSentence(c.sentence, ref)
		if len(got) == 0 || got[0].Value.Start.Format(time.DateOnly) != c.want {
			t.Errorf("%q: got %v, want %s", c.sentence, got, c.want)
		}
	}
	for _, e := range FindInSentence("The vote was held on March 9 at 20:30 local time.", ref) {
		if e.Value.Grain == GrainYear {
			t.Errorf("a clock time read as a year: %q", e.Text)
		}
	}
}
