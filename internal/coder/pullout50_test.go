package coder

import (
	"testing"

	"storyline/internal/event"
)

// Stop 50: pulling out of a meeting is a refusal to meet (cues.tsv). The
// sentences are written for this test.
func TestPulledOutOfAMeeting(t *testing.T) {
	runRuleCases(t, "2025-03-04", []ruleCase{
		{rule: "out of talks with a state",
			body: "Hungary pulled out of the talks with Austria on Monday after a row over migration.",
			want: []expect{{typ: "REJECT", countries: []string{"AUT", "HUN"}, status: event.Occurred}}},
		{rule: "out of negotiations with a state",
			body: "Bolivia has pulled out of negotiations with Chile over access to the sea.",
			want: []expect{{typ: "REJECT", countries: []string{"BOL", "CHL"}, status: event.Occurred}}},
		{rule: "left alone: troops pulled out",
			body: "Hungary pulled its troops out of Austria on Monday.",
			want: []expect{{typ: "RETREAT", countries: []string{"AUT", "HUN"}, status: event.Occurred}}},
	})
}
