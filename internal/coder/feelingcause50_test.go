package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 50: a feeling set off by a comma names the cause of the act
// (feelingcause50.go). The sentences are written for this test.
func TestFeelingNamesTheCause(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "angered by an accord of two others",
			body: "Morocco expelled the Algerian ambassador on Friday, angered by an accord between Algeria and Mali.",
			want: []expect{{typ: "SANCTION", countries: []string{"DZA", "MAR"}, status: event.Occurred}}},
		{rule: "irked by a deal",
			body: "Serbia summoned the Croatian envoy on Friday, irked by a deal that Croatia signed with Hungary.",
			want: []expect{{typ: "ACCUSE", countries: []string{"HRV", "SRB"}, status: event.Occurred}}},
		{rule: "furious at a pact",
			body: "Chile expelled the Peruvian ambassador on Tuesday, furious at a fishing pact between Peru and Ecuador.",
			want: []expect{{typ: "SANCTION", countries: []string{"CHL", "PER"}, status: event.Occurred}}},
		{rule: "left alone: a feeling with no comma", anyOf: true,
			body: "Ghana said on Monday it was angered by Togo and recalled its ambassador from Lome.",
			want: []expect{{typ: "SANCTION", countries: []string{"GHA", "TGO"}, status: event.Occurred}}},
	})
}
