package coder

import (
	"testing"

	"storyline/internal/event"
)

// Ninth pass (stop 27), event types: a government that calls home its own
// envoy, has another's mission asked to leave, or halts ties cuts
// diplomatic relations, a SANCTION in PLOVER. The sentences are
// written for this test.
func TestWireFormsNinthPassTypes(t *testing.T) {
	const pub = "2025-06-11" // a Wednesday
	runRuleCases(t, pub, []ruleCase{
		{rule: "'withdrew its ambassador': a sanction, no retreat",
			body: "Peru on Tuesday withdrew its ambassador to Mexico over the remarks.",
			want: []expect{{typ: "SANCTION", countries: []string{"MEX", "PER"}, status: event.Occurred}}, anyOf: true},
		{rule: "'pulled its high commissioner': a sanction",
			body: "Malaysia on Monday pulled its high commissioner from Singapore after the row.",
			want: []expect{{typ: "SANCTION", countries: []string{"MYS", "SGP"}, status: event.Occurred}}, anyOf: true},
		{rule: "a mission 'asked to leave', the headline's passive: an expulsion",
			body: "Venezuelan diplomatic mission asked to leave Argentina within 72 hours after Tuesday's vote.",
			want: []expect{{typ: "SANCTION", countries: []string{"ARG", "VEN"}, status: event.Occurred}}, anyOf: true},
		{rule: "'halted ties with': a sanction",
			body: "Niger on Monday halted ties with France after the coup.",
			want: []expect{{typ: "SANCTION", countries: []string{"FRA", "NER"}, status: event.Occurred}}, anyOf: true},
		{rule: "leave alone: troops withdrawn stay a retreat",
			body:     "Russia on Tuesday withdrew its troops from the border with Georgia.",
			notTypes: []string{"SANCTION"}},
		{rule: "leave alone: reporters asked to leave are no expulsion of diplomats",
			body:     "Reporters were asked to leave the room before Macron met Scholz on Tuesday.",
			notTypes: []string{"SANCTION"}},
	})
}
