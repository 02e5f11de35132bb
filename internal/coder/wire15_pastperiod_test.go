package coder

import (
	"slices"
	"testing"

	"storyline/internal/event"
)

// Fifteenth pass (stop 33): the news a story tells first with no date does
// not take the year or month of an act of its kind that a later sentence
// recalls from the past; an act told first with its own year, and a plan,
// keep theirs. The sentences are written for this test.
func TestWireFormsFifteenthPassPastPeriod(t *testing.T) {
	tests := []struct {
		rule      string
		body      string
		published string
		typ       string
		cs        []string
		start     string // "" = no date; a dated page lends its day
	}{
		{"a year recalled on a page with no date",
			"Japan lifted its ban on beef imports from Brazil during a visit by the Brazilian president to Tokyo, officials said.\n\n" +
				"Trade between the two countries has grown for a decade. Japan had eased the ban on Brazil in 2019, but ranchers wanted full access.",
			"", "CONCEDE", []string{"BRA", "JPN"}, ""},
		{"a year recalled before the page's month",
			"Kenya has accused Uganda of arming the rebels who raided its border post, the foreign ministry said.\n\n" +
				"The raids have gone on for two years. Kenya first accused Uganda of arming the rebels in March 2023.",
			"2025-05-20", "ACCUSE", []string{"KEN", "UGA"}, "2025-05-20"},
		{"a year the first report writes stays",
			"Japan lifted its ban on beef imports from Brazil in 2019, officials said.\n\n" +
				"Japan lifted the ban during a visit by the Brazilian president to Tokyo.",
			"", "CONCEDE", []string{"BRA", "JPN"}, "2019-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.rule, func(t *testing.T) {
			evs := Code(art(tt.body, tt.published), Options{})
			var got []event.Event
			for _, e := range evs {
				if e.Type == tt.typ && slices.Equal(e.Countries(), tt.cs) {
					got = append(got, e)
				}
			}
			if len(got) != 1 {
				t.Fatalf("got %s, want one %s event", summary(evs), tt.typ)
			}
			start := ""
			if got[0].Date != nil {
				start = got[0].Date.Start
			}
			if start != tt.start {
				t.Errorf("got %s, want start %q", summary(got), tt.start)
			}
		})
	}
}
