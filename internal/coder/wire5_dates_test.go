package coder

import (
	"testing"

	"storyline/internal/event"
)

// Fifth pass (stop 23), dates: how news writes the day of an act on pages
// that show no publication date. The sentences are written for this test;
// each rule has two that it must date right and one it must leave alone.
func TestWireFormsFifthPassDates(t *testing.T) {
	tests := []ruleCase{
		{rule: "'on Tuesday (June 6)': the bracketed day beside a weekday, year from the offices named",
			body:    "German Chancellor Olaf Scholz met French President Emmanuel Macron in Berlin on Tuesday (June 6) to discuss energy prices.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"DEU", "FRA"}, status: event.Occurred, start: "2023-06-06"}}, anyOf: true},
		{rule: "'on Monday (April 26)': a phone call dated by its bracketed day",
			body:    "British Prime Minister Boris Johnson spoke by phone with Indian Prime Minister Narendra Modi on Monday (April 26) about vaccine supplies.",
			undated: true,
			want:    []expect{{typ: "CONSULT", countries: []string{"GBR", "IND"}, status: event.Occurred, start: "2021-04-26"}}, anyOf: true},
	}
	runRuleCases(t, "", tests)
}

// Words in brackets after a weekday that are not a day leave the page
// undated; a day in brackets is read like one after a comma.
func TestWeekdayDatesBracketed(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"signed on Tuesday (June 12) in Singapore", 1},
		{"met on Friday, March 8, in Rome", 1},
		{"met on Monday (local time) in New York", 0},
		{"spoke on Sunday (two days after the vote)", 0},
	}
	for _, tt := range tests {
		if got := weekdayDates(tt.text); len(got) != tt.want {
			t.Errorf("weekdayDates(%q) = %d days, want %d", tt.text, len(got), tt.want)
		}
	}
}

// Undated pages whose bracketed words give no day get no date from them.
func TestBracketedNonDateLeavesUndated(t *testing.T) {
	body := "British Prime Minister Boris Johnson spoke by phone with Indian Prime Minister Narendra Modi on Monday (local time) about vaccine supplies."
	for _, e := range Code(art(body, ""), Options{KeepOneSided: true}) {
		if e.Date != nil {
			t.Errorf("%s %v dated %s, want no date on a page that gives no day", e.Type, e.Countries(), e.Date.Start)
		}
	}
}
