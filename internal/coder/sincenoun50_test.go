package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 50: a span from a year that measures a noun's state leaves the
// perfect verb the news (sincenoun50.go). The sentences are written for
// this test.
func TestSinceYearOfANoun(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "a regime in force since a year",
			body: "Kenya and Ethiopia have signed an agreement ending the visa regime in force since 2004.",
			want: []expect{{typ: "AGREE", countries: []string{"ETH", "KEN"}, status: event.Occurred}}},
		{rule: "a dispute that has lasted since a year",
			body: "Chile and Bolivia have signed a treaty settling a dispute that has lasted since 1999.",
			want: []expect{{typ: "AGREE", countries: []string{"BOL", "CHL"}, status: event.Occurred}}},
		{rule: "left alone: the verb's own span",
			body: "Cuba has supported Venezuela militarily since 1999.", notTypes: []string{"SUPPORT"}},
	})
}
