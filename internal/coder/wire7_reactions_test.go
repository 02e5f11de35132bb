package coder

import (
	"testing"

	"storyline/internal/event"
)

// Seventh pass (stop 25): a condemnation of "the move" or "the order" with
// no one named answers the side the story tells acting on the one who
// condemns. The sentences are written for this test.
func TestWireFormsSeventhPassReactions(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'Brazil condemned the move': the US ordered the closure",
			body: "The United States on Monday ordered Brazil to close its consulate in Miami. Brazil condemned the move.",
			want: []expect{{typ: "ACCUSE", countries: []string{"BRA", "USA"}, status: event.Occurred}}, anyOf: true},
		{rule: "'Uganda strongly denounced the decision': Kenya expelled its envoy",
			body: "Kenya on Monday expelled Uganda's ambassador. Uganda on Tuesday strongly denounced the decision as reckless.",
			want: []expect{{typ: "ACCUSE", countries: []string{"KEN", "UGA"}, status: event.Occurred}}, anyOf: true},
		{rule: "no act on the one condemning: one side only",
			body: "Kenya on Monday hosted talks on trade. Uganda on Tuesday condemned the move.",
			want: []expect{{typ: "ACCUSE", countries: []string{"UGA"}, status: event.Occurred}}, anyOf: true},
	})
}
