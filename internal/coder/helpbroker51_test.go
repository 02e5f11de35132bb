package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 51: a deal "brokered with the help of" a third state leaves the
// helper out of the sides, as "brokered by" does (helpedMediation in
// mediators13.go). The sentences are written for this test.
func TestBrokeredWithTheHelpOf(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "a sea border deal",
			body: "Chile and Peru agreed on Thursday to settle their sea border in a deal brokered with the help of Brazil.",
			want: []expect{{typ: "AGREE", countries: []string{"CHL", "PER"}, status: event.Occurred, notActor: "BRA"}}},
		{rule: "a truce mediated with two helpers",
			body: "Malawi and Mozambique signed a truce mediated with the help of Qatar and Turkey on Monday.",
			want: []expect{{typ: "AGREE", countries: []string{"MOZ", "MWI"}, status: event.Occurred, notActor: "QAT"}}},
		{rule: "left alone: help with no broker",
			body: "Chile and Peru signed a fisheries deal on Thursday with the help of Brazil.",
			want: []expect{{typ: "AGREE", countries: []string{"BRA", "CHL", "PER"}, status: event.Occurred}}},
	})
}
