package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 49: words that read as a withdrawal or a release in another
// sense. A "Leaders' Retreat" is a summit, a president who "left the
// country for a state visit" sets off on a trip, a ministry that
// "released this declaration" speaks (cues.tsv). The sentences are
// written for this test.
func TestRetreatAndReleaseInAnotherSense(t *testing.T) {
	runRuleCases(t, "2016-12-13", []ruleCase{
		{rule: "a leaders' retreat is a summit",
			body: "The annual Australia-New Zealand Leaders’ Retreat opened in Queenstown on Friday with talks between the two prime ministers.", notTypes: []string{"RETREAT"}},
		{rule: "leaving the country for a state visit",
			body: "President Cyril Ramaphosa left the country on Monday for a three-day state visit to Nigeria.", notTypes: []string{"RETREAT"}},
		{rule: "a declaration released",
			body: "Egypt's foreign ministry released a declaration on Sunday condemning Israel's remarks.", notTypes: []string{"CONCEDE"}},
		{rule: "left alone: troops that left the country", anyOf: true,
			body: "The last Russian troops left Syria on Sunday, the defence ministry said.",
			want: []expect{{typ: "RETREAT", countries: []string{"RUS", "SYR"}, status: event.Occurred}}},
		{rule: "left alone: troops that left the country for a neighbour after talks", anyOf: true,
			body: "French troops left the country for neighbouring Niger after talks with the junta collapsed.",
			want: []expect{{typ: "RETREAT", countries: []string{"FRA", "NER"}, status: event.Occurred}}},
		{rule: "left alone: troops that left the country for home after talks", anyOf: true,
			body: "The last Russian soldiers left the country for Russia after talks in Minsk.",
			want: []expect{{typ: "RETREAT", countries: []string{"RUS"}, status: event.Occurred}}},
		{rule: "left alone: a tanker released", anyOf: true,
			body: "Iran released the British-flagged tanker on Sunday.",
			want: []expect{{typ: "CONCEDE", countries: []string{"GBR", "IRN"}, status: event.Occurred}}},
	})
}
