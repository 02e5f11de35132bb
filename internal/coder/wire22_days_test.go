package coder

import (
	"testing"

	"storyline/internal/event"
)

// Twenty-fourth pass (stop 42, the day): a day written between the subject
// and its verb dates that verb, not the later day of the thing the verb is
// about; and a noun act that the subject "follows" was done before it
// (days22.go). The sentences are written for this test; the page is dated
// Saturday 2025-03-08.
func TestWireFormsTwentyFourthPassDays(t *testing.T) {
	accuse := func(cs []string, start string) expect {
		return expect{typ: "ACCUSE", countries: cs, status: event.Occurred, start: start}
	}
	runRuleCases(t, "2025-03-08", []ruleCase{
		{rule: "a day before the verb, another day in its object",
			body: "Belarus on Friday condemned Poland's expulsion on Thursday of a Belarusian diplomat.",
			want: []expect{accuse([]string{"BLR", "POL"}, "2025-03-07")}},
		{rule: "a day before the verb, a year in the charge",
			body: "Kenya on Friday accused Tanzania of detaining its activists last year.",
			want: []expect{accuse([]string{"KEN", "TZA"}, "2025-03-07")}},
		{rule: "a noun act the move follows was done",
			body: "The move follows Poland's expulsion of two Russian diplomats on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"POL", "RUS"}, status: event.Occurred, start: "2025-03-03"}}},
		{rule: "a noun act it follows, told passive",
			body: "It follows the expulsion by Poland of two Russian diplomats on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"POL", "RUS"}, status: event.Occurred, start: "2025-03-03"}}},
		{rule: "left alone: no day before the verb",
			body: "Kenya accused Tanzania of detaining its activists on Tuesday.",
			want: []expect{accuse([]string{"KEN", "TZA"}, "2025-03-04")}},
		{rule: "left alone: the day of a saying",
			body: "Romania said on Wednesday it had expelled two Russian diplomats on Monday.",
			want: []expect{{typ: "SANCTION", countries: []string{"ROU", "RUS"}, status: event.Occurred, start: "2025-03-03"}}},
		{rule: "left alone: a follow-up still to come",
			body: "Poland and Lithuania will follow the summit with talks in Vilnius on Monday.",
			want: []expect{{typ: "CONSULT", countries: []string{"LTU", "POL"}, status: event.Planned, start: "2025-03-10"}}, anyOf: true},
	})
}
